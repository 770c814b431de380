import { describe, expect, it } from 'vitest';
import { claimReasons } from './claim-reasons';

const attendanceLow = {
  reasons: ['a3_attendance_low'],
  unmet: [
    {
      ruleId: 'A3',
      code: 'a3_attendance_low',
      params: { attendedBasisPoints: 5000, requiredBasisPoints: 8000 },
    },
  ],
};

describe('claimReasons', () => {
  it('reads a subsidy rule’s code by its text, filled with the values the quote recorded', () => {
    expect(claimReasons(attendanceLow, 'zh-CN')).toEqual([
      { code: 'a3_attendance_low', ruleId: 'A3', text: '出勤率 50%，低于要求的 80%' },
    ]);
    expect(claimReasons(attendanceLow, 'en-US')[0]?.text).toBe('Attendance 50%, below the required 80%');
  });

  it('keeps several reasons in their order, each with its rule', () => {
    const reasons = claimReasons(
      {
        reasons: ['a2_not_approved', 'a3_completion_failed'],
        unmet: [
          { ruleId: 'A3', code: 'a3_completion_failed', params: {} },
          { ruleId: 'A2', code: 'a2_not_approved', params: {} },
        ],
      },
      'zh-CN',
    );
    expect(reasons.map((reason) => [reason.ruleId, reason.text])).toEqual([
      ['A2', '培训班未经备案审核'],
      ['A3', '结业考核不合格'],
    ]);
  });

  it('gives the claim’s own reasons their own texts, without a rule', () => {
    const reasons = claimReasons({ reasons: ['already_claimed', 'stage_not_payable'], unmet: [] }, 'zh-CN');
    expect(reasons).toEqual([
      { code: 'already_claimed', ruleId: null, text: '可拨付的补贴已在另一笔申领中' },
      { code: 'stage_not_payable', ruleId: null, text: '尚无可拨付的阶段：待取得证书或提交就业凭证' },
    ]);
    expect(claimReasons({ reasons: ['already_claimed'], unmet: [] }, 'en-US')[0]?.text).toBe(
      'The payable subsidy is already on another claim',
    );
  });

  it('says a line was struck after an upheld objection', () => {
    expect(claimReasons({ reasons: ['objection_upheld'], unmet: [] }, 'zh-CN')).toEqual([
      { code: 'objection_upheld', ruleId: null, text: '公示异议成立，已核减' },
    ]);
    expect(claimReasons({ reasons: ['objection_upheld'], unmet: [] }, 'en-US')[0]?.text).toBe(
      'Struck after an upheld objection',
    );
  });

  it('shows a code it does not know as it is', () => {
    expect(claimReasons({ reasons: ['toString'], unmet: [] }, 'zh-CN')).toEqual([
      { code: 'toString', ruleId: null, text: 'toString' },
    ]);
  });
});
