import { describe, expect, it } from 'vitest';
import { INSTITUTION_TYPES } from './institution-types';
import { PRIORITY_FIELDS } from './priority-fields';
import { CERTIFICATE_TYPES, SKILL_LEVELS } from './skill-levels';
import { TARGET_GROUPS } from './target-groups';

// Codes are stored in the database and sent by clients, so every table must keep them unique and
// machine-friendly, and every entry must be labelled in both languages.
const TABLES = [
  ['skill levels', SKILL_LEVELS, /^L[1-5]$/],
  ['certificate types', CERTIFICATE_TYPES, /^[a-z]+(_[a-z]+)*$/],
  ['target groups', TARGET_GROUPS, /^[a-z]+(_[a-z]+)*$/],
  ['institution types', INSTITUTION_TYPES, /^[a-z]+(_[a-z]+)*$/],
  ['priority fields', PRIORITY_FIELDS, /^[a-z]+(_[a-z]+)*$/],
] as const;

describe.each(TABLES)('%s', (_name, entries, codeShape) => {
  it('has unique, well-formed codes', () => {
    const codes = entries.map((entry) => entry.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(codeShape);
  });

  it('names every entry in zh-CN and en-US, uniquely', () => {
    for (const locale of ['zh-CN', 'en-US'] as const) {
      const names = entries.map((entry) => entry.name[locale]);
      for (const name of names) expect(name.trim()).not.toBe('');
      expect(new Set(names).size).toBe(names.length);
    }
  });
});
