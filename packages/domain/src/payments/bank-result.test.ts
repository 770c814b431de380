import { describe, expect, it } from 'vitest';
import { type BankResultRow, type BatchLineForResult, checkBankResult } from './bank-result';

const lines: BatchLineForResult[] = [
  {
    lineNumber: 'ZF41010020260001-0001',
    accountNumber: '6222021234567890123',
    amountFen: 624_800,
    status: 'pending',
  },
  {
    lineNumber: 'ZF41010020260001-0002',
    accountNumber: '6222021234567890999',
    amountFen: 140_800,
    status: 'pending',
  },
  {
    lineNumber: 'ZF41010020260001-0003',
    accountNumber: '6222021234567890555',
    amountFen: 61_600,
    status: 'paid',
  },
];

const row = (n: number, cells: BankResultRow['cells']): BankResultRow => ({ row: n, cells });
const ok = (
  n: number,
  lineNumber: string,
  amount: string | number,
  result = '成功',
  failureReason?: string,
) => row(n, { lineNumber, amount, result, ...(failureReason ? { failureReason } : {}) });

describe('checkBankResult', () => {
  it('reads successes and failures with their reasons', () => {
    const checked = checkBankResult(
      [
        ok(2, 'ZF41010020260001-0001', '6,248.00'),
        ok(3, 'ZF41010020260001-0002', 1408, '失败', '账号不存在'),
      ],
      lines,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.outcomes).toEqual([
      { row: 2, lineNumber: 'ZF41010020260001-0001', result: 'paid', failureReason: null },
      { row: 3, lineNumber: 'ZF41010020260001-0002', result: 'failed', failureReason: '账号不存在' },
    ]);
  });

  it.each<[string, BankResultRow, [string, string][]]>([
    ['an unknown line', ok(2, 'ZF41010020260001-0009', '1.00'), [['lineNumber', 'payment_line_unknown']]],
    ['no line number', ok(2, '', '1.00'), [['lineNumber', 'required']]],
    [
      'a line already paid',
      ok(2, 'ZF41010020260001-0003', '616.00'),
      [['lineNumber', 'payment_line_settled']],
    ],
    ['one fen less', ok(2, 'ZF41010020260001-0001', '6247.99'), [['amount', 'payment_amount_mismatch']]],
    ['one fen more', ok(2, 'ZF41010020260001-0001', 6248.01), [['amount', 'payment_amount_mismatch']]],
    ['a third decimal', ok(2, 'ZF41010020260001-0001', '6248.001'), [['amount', 'amount_invalid']]],
    ['no amount', row(2, { lineNumber: 'ZF41010020260001-0001', result: '成功' }), [['amount', 'required']]],
    ['an unknown result', ok(2, 'ZF41010020260001-0001', '6248', '待定'), [['result', 'invalid_value']]],
    [
      'a failure without its reason',
      ok(2, 'ZF41010020260001-0001', '6248', '失败'),
      [['failureReason', 'failure_reason_required']],
    ],
    [
      'another account',
      row(2, {
        lineNumber: 'ZF41010020260001-0001',
        amount: '6248',
        result: '成功',
        accountNumber: '6222021234567890124',
      }),
      [['accountNumber', 'payment_account_mismatch']],
    ],
  ])('refuses %s', (_label, bad, expected) => {
    const checked = checkBankResult([bad], lines);
    expect(checked.problems.map((p) => [p.field, p.reason])).toEqual(expected);
    expect(checked.outcomes).toEqual([]);
  });

  it('accepts the account as the bank spaces it, and English results', () => {
    const checked = checkBankResult(
      [
        row(2, {
          lineNumber: ' ZF41010020260001-0001 ',
          amount: '6248',
          result: 'SUCCESS',
          accountNumber: '6222 0212 3456 7890 123',
        }),
      ],
      lines,
    );
    expect(checked.problems).toEqual([]);
    expect(checked.outcomes[0]?.result).toBe('paid');
  });

  it('names the first row of a repeated line', () => {
    const checked = checkBankResult(
      [ok(2, 'ZF41010020260001-0001', '6248'), ok(5, 'ZF41010020260001-0001', '6248')],
      lines,
    );
    expect(checked.problems).toEqual([
      { row: 5, field: 'lineNumber', reason: 'payment_line_repeated', params: { row: 2 } },
    ]);
  });
});
