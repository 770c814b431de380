import type { ErrorDetail } from '../../app/api/api-error';
import {
  type OccupationChoice,
  profileFromForm,
  type QualificationFormValues,
  qualificationFromForm,
  type SiteFormValues,
  siteFromForm,
} from './form-values';
import type { InstitutionProfile, InstitutionRegistration } from './institutions-api';

/** The registration wizard's steps, in order; the last one only shows what will be sent. */
export const REGISTRATION_STEPS = [
  'account',
  'institution',
  'qualifications',
  'sites',
  'occupations',
  'confirm',
] as const;
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];

export interface RegistrationFormValues {
  username: string;
  password: string;
  confirmPassword: string;
  institution: InstitutionProfile & { creditCode: string };
  qualifications: QualificationFormValues[];
  sites: SiteFormValues[];
  occupations: OccupationChoice[];
}

export function registrationFromForm(values: RegistrationFormValues): InstitutionRegistration {
  return {
    account: { username: values.username.trim(), password: values.password },
    institution: {
      creditCode: values.institution.creditCode.trim().toUpperCase(),
      ...profileFromForm(values.institution),
    },
    qualifications: values.qualifications.map(qualificationFromForm),
    sites: values.sites.map(siteFromForm),
    occupationCodes: values.occupations.map((occupation) => occupation.code),
  };
}

export type FieldName = (string | number)[];

/** The form fields each step checks before the next one opens. */
export const STEP_FIELDS: Record<RegistrationStep, FieldName[]> = {
  account: [['username'], ['password'], ['confirmPassword']],
  institution: [['institution']],
  qualifications: [['qualifications']],
  sites: [['sites']],
  occupations: [['occupations']],
  confirm: [],
};

/** The step a form field sits on, by its top-level name. */
export function stepOfField(name: FieldName): number {
  const index = REGISTRATION_STEPS.findIndex((step) =>
    STEP_FIELDS[step].some((field) => field[0] === name[0]),
  );
  return index < 0 ? REGISTRATION_STEPS.length - 1 : index;
}

/** The account's fields sit at the form's top level; the account service names some without nesting. */
const FIELD_ALIASES: Record<string, FieldName> = {
  username: ['username'],
  password: ['password'],
  'account.username': ['username'],
  'account.password': ['password'],
  mobile: ['institution', 'contactPhone'],
  displayName: ['institution', 'contactName'],
  organizationName: ['institution', 'name'],
};

/**
 * The form field a server-reported field stands for: `institution.creditCode`,
 * `qualifications.0.validUntil` (list items by index) or `occupationCodes.2` (the occupation list
 * as a whole). Null for a field the form does not have.
 */
export function formFieldOf(serverField: string): FieldName | null {
  if (FIELD_ALIASES[serverField]) return FIELD_ALIASES[serverField];
  const segments = serverField.split('.');
  const [head, ...rest] = segments;
  if (head === 'occupationCodes') return ['occupations'];
  if (head === 'institution') return rest.length === 1 ? [head, rest[0]!] : null;
  if (head === 'qualifications' || head === 'sites') {
    const [index, field] = rest;
    if (!index || !/^\d+$/.test(index) || !field || rest.length !== 2) return null;
    return [head, Number(index), field];
  }
  return null;
}

export interface PlacedErrors {
  fields: { name: FieldName; errors: string[] }[];
  /** Problems with no field of their own, for the overall message. */
  unplaced: string[];
  /** The first step with a problem beside a field, to go back to. */
  step: number | null;
}

/** Sorts a refused registration's problems onto the form's fields. */
export function placeErrors(code: string, message: string, details: readonly ErrorDetail[]): PlacedErrors {
  const byField = new Map<string, { name: FieldName; errors: string[] }>();
  const unplaced: string[] = [];
  const add = (name: FieldName, text: string) => {
    const key = JSON.stringify(name);
    const entry = byField.get(key) ?? { name, errors: [] };
    if (!entry.errors.includes(text)) entry.errors.push(text);
    byField.set(key, entry);
  };
  // The only conflict that concerns one field and arrives without details.
  if (code === 'institutions.credit_code_taken') add(['institution', 'creditCode'], message);
  for (const detail of details) {
    const name = detail.field ? formFieldOf(detail.field) : null;
    if (name) add(name, detail.message);
    else unplaced.push(detail.field ? `${detail.field}: ${detail.message}` : detail.message);
  }
  const fields = [...byField.values()];
  const step = fields.length > 0 ? Math.min(...fields.map((field) => stepOfField(field.name))) : null;
  return { fields, unplaced, step };
}
