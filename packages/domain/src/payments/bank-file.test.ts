import { describe, expect, it } from 'vitest';
import { csvField, type PaymentFileLine, paymentFileCsv, paymentFileTotal } from './bank-file';

const line: PaymentFileLine = {
  position: 1,
  lineNumber: 'ZF41010020260001-0001',
  accountName: '郑州市阳光职业培训学校',
  accountNumber: '0410012345678901234',
  bankName: '中国工商银行郑州金水支行',
  amountFen: 624_800,
  purpose: '职业培训补贴',
  claimNumber: 'BT4101052026000001',
};

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=SUM(A1)', "'=SUM(A1)"],
    ['-12.50', '-12.50'],
    ['@cmd', "'@cmd"],
    [12, '12'],
  ])('%s → %s', (value, text) => {
    expect(csvField(value)).toBe(text);
  });
});

describe('paymentFileCsv', () => {
  it('writes a header, a row per line with the amount in yuan and the account as written', () => {
    const csv = paymentFileCsv([
      line,
      { ...line, position: 2, lineNumber: 'ZF41010020260001-0002', amountFen: 5 },
    ]);
    expect(csv.startsWith('\uFEFF序号,明细号,收款户名,收款账号,开户银行,金额（元）,用途,申领编号\r\n')).toBe(
      true,
    );
    expect(csv).toContain(
      '1,ZF41010020260001-0001,郑州市阳光职业培训学校,0410012345678901234,中国工商银行郑州金水支行,6248.00,职业培训补贴,BT4101052026000001\r\n',
    );
    expect(csv).toContain(',0.05,');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('totals the lines in fen', () => {
    expect(paymentFileTotal([{ amountFen: 624_800 }, { amountFen: 1 }])).toEqual({
      count: 2,
      totalFen: 624_801,
    });
    expect(paymentFileTotal([])).toEqual({ count: 0, totalFen: 0 });
  });
});
