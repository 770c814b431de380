import { describe, expect, it } from 'vitest';
import { ASSESSMENT_FIELD_REASONS } from '../assessment/errors';
import { ATTENDANCE_FIELD_REASONS } from '../attendance/errors';
import { BRAND_FIELD_REASONS } from '../brands/errors';
import { CLAIM_FIELD_REASONS } from '../claims/claim-errors';
import { CLASS_FIELD_REASONS } from '../classes/errors';
import { CREDENTIAL_FIELD_REASONS } from '../credentials/errors';
import { DEMAND_FIELD_REASONS } from '../demand/errors';
import { FUND_FIELD_REASONS } from '../funds/errors';
import { INSTITUTION_FIELD_REASONS } from '../institutions/errors';
import { PROJECT_FIELD_REASONS } from '../projects/errors';
import { SUBSIDY_FIELD_REASONS } from '../subsidy/subsidy-errors';
import { SUPERVISION_FIELD_REASONS } from '../supervision/errors';
import { TEACHER_FIELD_REASONS } from '../teachers/errors';
import { ERROR_CATALOG, FIELD_REASONS } from './catalog';

/** A name given in each language ({statusZh}, {statusEn}) counts as one placeholder. */
const placeholders = (text: string) =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(Zh|En)$/, '')).sort();

describe('the error catalogue', () => {
  it.each(Object.entries(ERROR_CATALOG))(
    '%s has the same placeholders in both languages',
    (_, definition) => {
      expect(placeholders(definition['zh-CN'])).toEqual(placeholders(definition['en-US']));
    },
  );

  it.each(Object.entries(FIELD_REASONS))(
    'field reason %s has the same placeholders in both languages',
    (_, m) => {
      expect(placeholders(m['zh-CN'])).toEqual(placeholders(m['en-US']));
    },
  );

  it('keeps every module’s field reasons: none is shadowed by another module’s of the same name', () => {
    for (const table of [
      PROJECT_FIELD_REASONS,
      DEMAND_FIELD_REASONS,
      INSTITUTION_FIELD_REASONS,
      BRAND_FIELD_REASONS,
      TEACHER_FIELD_REASONS,
      CLASS_FIELD_REASONS,
      ASSESSMENT_FIELD_REASONS,
      ATTENDANCE_FIELD_REASONS,
      CREDENTIAL_FIELD_REASONS,
      SUPERVISION_FIELD_REASONS,
      FUND_FIELD_REASONS,
      SUBSIDY_FIELD_REASONS,
      CLAIM_FIELD_REASONS,
    ]) {
      for (const [reason, messages] of Object.entries(table)) {
        expect(FIELD_REASONS[reason as keyof typeof FIELD_REASONS], reason).toBe(messages);
      }
    }
  });
});
