import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api/api-error';
import { placedMessage, settingProblems, withPlacedMessages } from './setting-problems';

describe('settingProblems', () => {
  it('files each problem under the setting or list entry it names', () => {
    const problems = settingProblems([
      {
        field: 'document.rules.A4.skillLevelFen.L4',
        reason: 'narrowing_raised',
        message: 'rules.A4.skillLevelFen.L4：四级高于上级',
      },
      { field: 'document.rules.A4.skillLevelFen.L4', reason: 'amounts_not_increasing', message: '低于五级' },
      { field: 'document.rules.A3.minAttendanceBasisPoints', message: '低于上级' },
      { field: 'document.shortageOccupations.1', message: '重叠' },
      { field: 'document.shortageOccupations.0.from', message: '开始晚于结束' },
      { field: 'document.rules.A9', message: '未知的规则 A9' },
      { field: 'document', message: '不是对象' },
      { message: '其他' },
    ]);
    expect(problems.bySetting).toEqual({
      'A4.skillLevelFen.L4': ['四级高于上级', '低于五级'],
      'A3.minAttendanceBasisPoints': ['低于上级'],
    });
    expect(problems.byShortageEntry).toEqual({ 0: ['开始晚于结束'], 1: ['重叠'] });
    expect(problems.other).toEqual(['未知的规则 A9', '不是对象', '其他']);
  });
});

describe('placedMessage', () => {
  it('drops the path the server starts a message with, since the place says it', () => {
    expect(
      placedMessage({
        field: 'document.rules.A4.skillLevelFen.L4',
        message: 'rules.A4.skillLevelFen.L4：L4 的补贴 100000 低于更低等级 L5 的 120000',
      }),
    ).toBe('L4 的补贴 100000 低于更低等级 L5 的 120000');
    expect(
      placedMessage({
        field: 'document.rules.A1.minAge',
        message: 'rules.A1.minAge: must be a whole number',
      }),
    ).toBe('must be a whole number');
    expect(placedMessage({ field: 'title', message: '请填写标题' })).toBe('请填写标题');
    expect(placedMessage({ message: '缺少规则 A8' })).toBe('缺少规则 A8');
  });

  it('keeps the rest of the refusal as it was', () => {
    const error = new ApiError(400, 'subsidies.policy_invalid', '政策内容有 1 处错误，未保存', [
      {
        field: 'document.rules.A7.capAtFee',
        reason: 'wrong_type',
        message: 'rules.A7.capAtFee：类型应为 boolean',
      },
    ]);
    const placed = withPlacedMessages(error);
    expect(placed).toBeInstanceOf(ApiError);
    expect(placed).toMatchObject({ status: 400, code: error.code, message: error.message });
    expect(placed.details).toEqual([
      { field: 'document.rules.A7.capAtFee', reason: 'wrong_type', message: '类型应为 boolean' },
    ]);
  });
});
