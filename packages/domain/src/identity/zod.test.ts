import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { creditCodeSchema, idNumberSchema, mobileSchema } from './zod';

const TODAY = new Date('2025-06-01T12:00:00+08:00');

describe('identity schemas', () => {
  it.each([
    ['idNumber', idNumberSchema({ today: TODAY }), ' 11010519491231002x ', '11010519491231002X'],
    ['creditCode', creditCodeSchema, '91350100m000100y43', '91350100M000100Y43'],
    ['mobile', mobileSchema, '+86 138-1234-5678', '13812345678'],
  ] as const)('%s outputs the normalised value', (_name, schema, input, output) => {
    expect(schema.parse(input)).toBe(output);
  });

  it.each([
    [
      'idNumber',
      idNumberSchema({ today: TODAY }),
      '410102199003071231',
      'checksum',
      '公民身份号码校验位不正确',
    ],
    [
      'idNumber',
      idNumberSchema({ today: TODAY }),
      '41010220250602123X',
      'birth_date',
      '公民身份号码中的出生日期无效',
    ],
    [
      'idNumber',
      idNumberSchema({ isKnownRegion: () => false }),
      '410102199003071230',
      'region',
      '公民身份号码中的行政区划代码不存在',
    ],
    ['creditCode', creditCodeSchema, '91350100M000100Y44', 'checksum', '统一社会信用代码校验位不正确'],
    ['mobile', mobileSchema, '12812345678', 'prefix', '手机号码应以 13–19 开头'],
  ] as const)('%s reports %s as a custom issue', (_name, schema, input, reason, message) => {
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        code: 'custom',
        message,
        params: { reason, messages: { 'zh-CN': message, 'en-US': expect.stringMatching(/\S/) } },
        path: [],
      }),
    ]);
  });

  it('keeps the field path inside an object', () => {
    const schema = z.object({ person: z.object({ idNumber: idNumberSchema(), mobile: mobileSchema }) });
    const result = schema.safeParse({ person: { idNumber: '123', mobile: '138' } });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([
      ['person.idNumber', 'custom'],
      ['person.mobile', 'custom'],
    ]);
  });

  it('leaves non-strings to the ordinary type check', () => {
    const result = mobileSchema.safeParse(13812345678);
    expect(result.error?.issues[0]?.code).toBe('invalid_type');
  });
});
