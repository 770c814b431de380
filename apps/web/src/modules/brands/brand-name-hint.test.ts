import { describe, expect, it } from 'vitest';
import { brandNameMessage } from './brand-name-hint';

const jinshui = { regionNames: ['河南省', '郑州市', '金水区'], occupationName: '养老护理员' };

describe('brandNameMessage', () => {
  it.each([
    ['金水养老护理员培训', jinshui, null],
    ['河南郑州养老护理培训', jinshui, null],
    ['前程养老护理培训', { ...jinshui, organizationName: '前程示范职业培训学校' }, null],
    ['金水养老护理员', jinshui, '品牌名称应以“培训”结尾，格式为“地名（企业名）+职业（工种）名称+培训”'],
    ['金水焊工培训', jinshui, '品牌名称中“培训”之前应为职业（工种）名称“养老护理员”'],
    ['开封养老护理员培训', jinshui, '品牌名称应以所在地名（如 金水、郑州、河南）或申报企业名称开头'],
    ['前程养老护理培训', jinshui, '品牌名称应以所在地名（如 金水、郑州、河南）或申报企业名称开头'],
  ])('%s → %s', (name, context, message) => {
    expect(brandNameMessage(name, context, 'zh-CN')).toBe(message);
  });

  it('speaks English when asked', () => {
    expect(brandNameMessage('金水焊工培训', jinshui, 'en-US')).toBe(
      'must name the occupation “养老护理员” right before 培训',
    );
  });

  it('waits for a name, a region and an occupation', () => {
    expect(brandNameMessage('  ', jinshui, 'zh-CN')).toBeNull();
    expect(brandNameMessage('焊工', { occupationName: '养老护理员' }, 'zh-CN')).toBeNull();
    expect(brandNameMessage('焊工', { regionNames: ['河南省'] }, 'zh-CN')).toBeNull();
  });
});
