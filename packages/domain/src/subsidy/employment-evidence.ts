/**
 * 稳定就业证明 as institutions and staff record it: what each kind of evidence must say before the
 * A6 rule reads it (see `showsEmployment` for whether it shows stable employment in time).
 */
export const EVIDENCE_KINDS = ['contract', 'contributions', 'wages', 'domestic_service'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_KIND_NAMES: Record<EvidenceKind, { 'zh-CN': string; 'en-US': string }> = {
  contract: { 'zh-CN': '劳动合同', 'en-US': 'Labour contract' },
  contributions: { 'zh-CN': '社会保险缴费记录', 'en-US': 'Social-insurance contributions' },
  wages: { 'zh-CN': '工资流水', 'en-US': 'Wage records' },
  domestic_service: { 'zh-CN': '家政服务协议', 'en-US': 'Domestic-service agreement' },
};

export interface EvidenceEntry {
  kind: EvidenceKind;
  employerName: string;
  /** Contract start, or the day a domestic-service agreement was signed. */
  startDate?: string;
  /** The last month covered by contributions or wage records (any day of it). */
  throughDate?: string;
  /** The contract's term, or how many consecutive months the records cover. */
  months?: number;
}

export interface EvidenceProblem {
  field: 'employerName' | 'startDate' | 'throughDate' | 'months';
  reason: 'required' | 'evidence_in_future' | 'evidence_months_range';
}

/** Longest contract term or record span the platform accepts: ten years. */
export const MAX_EVIDENCE_MONTHS = 120;

/** Every problem of a piece of evidence recorded on `today`: which fields its kind needs, and none in the future. */
export function evidenceProblems(entry: EvidenceEntry, today: string): EvidenceProblem[] {
  const problems: EvidenceProblem[] = [];
  if (!entry.employerName.trim()) problems.push({ field: 'employerName', reason: 'required' });
  const dated = entry.kind === 'contract' || entry.kind === 'domestic_service' ? 'startDate' : 'throughDate';
  const day = entry[dated];
  if (!day) problems.push({ field: dated, reason: 'required' });
  else if (day > today) problems.push({ field: dated, reason: 'evidence_in_future' });
  if (entry.kind !== 'domestic_service') {
    if (entry.months === undefined) problems.push({ field: 'months', reason: 'required' });
    else if (!Number.isInteger(entry.months) || entry.months < 1 || entry.months > MAX_EVIDENCE_MONTHS) {
      problems.push({ field: 'months', reason: 'evidence_months_range' });
    }
  }
  return problems;
}
