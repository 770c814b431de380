import type { QualificationKind } from '@qiancheng/domain/institutions/qualifications';
import type { Dayjs } from 'dayjs';
import type { InstitutionProfile, QualificationInput, SiteInput } from './institutions-api';

/** A qualification as its form holds it: dates as Dayjs, "does not expire" as a checkbox. */
export interface QualificationFormValues {
  kind: QualificationKind;
  number: string;
  issuer: string;
  validFrom: Dayjs;
  validUntil?: Dayjs | null;
  permanent?: boolean;
}

export interface SiteFormValues {
  name: string;
  address: string;
  regionCode: string;
  latitude?: number | null;
  longitude?: number | null;
  capacity: number;
  equipment: string;
}

/** An occupation chosen in a form, with its name so the choice can be shown. */
export interface OccupationChoice {
  code: string;
  name: string;
}

export type ProfileFormValues = Omit<InstitutionProfile, 'contactPhone'> & { contactPhone?: string };

export function qualificationFromForm(values: QualificationFormValues): QualificationInput {
  return {
    kind: values.kind,
    number: values.number.trim(),
    issuer: values.issuer.trim(),
    validFrom: values.validFrom.format('YYYY-MM-DD'),
    validUntil: values.permanent || !values.validUntil ? null : values.validUntil.format('YYYY-MM-DD'),
  };
}

export function siteFromForm(values: SiteFormValues): SiteInput {
  return {
    name: values.name.trim(),
    address: values.address.trim(),
    regionCode: values.regionCode,
    latitude: values.latitude ?? null,
    longitude: values.longitude ?? null,
    capacity: values.capacity,
    equipment: values.equipment.trim(),
  };
}

/** The profile as typed, trimmed; an empty introduction stays out of a new registration. */
export function profileFromForm(values: InstitutionProfile): InstitutionProfile {
  const introduction = values.introduction?.trim();
  return {
    name: values.name.trim(),
    type: values.type,
    regionCode: values.regionCode,
    address: values.address.trim(),
    legalRepresentative: values.legalRepresentative.trim(),
    contactName: values.contactName.trim(),
    contactPhone: values.contactPhone.trim(),
    ...(introduction ? { introduction } : {}),
  };
}

const IDENTITY_FIELDS = ['name', 'type', 'legalRepresentative', 'regionCode'] as const;

/**
 * Only what the institution changed. The phone is stored masked, so the form starts it empty and it
 * is sent only when a new number was typed; a cleared introduction is sent as empty.
 */
export function profilePatch(
  current: Omit<InstitutionProfile, 'contactPhone' | 'introduction'> & { introduction: string | null },
  values: ProfileFormValues,
): Partial<InstitutionProfile> {
  const patch: Partial<InstitutionProfile> = {};
  const next = {
    name: values.name.trim(),
    type: values.type,
    regionCode: values.regionCode,
    address: values.address.trim(),
    legalRepresentative: values.legalRepresentative.trim(),
    contactName: values.contactName.trim(),
  };
  for (const key of Object.keys(next) as (keyof typeof next)[]) {
    if (next[key] !== current[key]) patch[key] = next[key];
  }
  const introduction = values.introduction?.trim() ?? '';
  if (introduction !== (current.introduction ?? '')) patch.introduction = introduction;
  const phone = values.contactPhone?.trim();
  if (phone) patch.contactPhone = phone;
  return patch;
}

/** A change to any of these sends an approved registration back to review. */
export function changesIdentity(patch: Partial<InstitutionProfile>): boolean {
  return IDENTITY_FIELDS.some((key) => key in patch);
}
