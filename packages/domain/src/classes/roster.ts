import { ageOn, type IdNumberProblem, parseIdNumber } from '../identity/id-number';
import { TARGET_GROUPS } from '../reference/target-groups';

/** Trainees must be of working age on the first day of the class. */
export const MIN_TRAINEE_AGE = 16;

/** One line of a roster as entered or imported. */
export interface RosterLine {
  name: string;
  idNumber: string;
  targetGroup: string;
}

/** What the registry and other classes say about the person of a line. */
export interface RosterLineFacts {
  /** The name the registry holds for this ID number, or null when the person is new. */
  registeredName: string | null;
  /** The 1-based row of an earlier line of the same roster with this ID number, if any. */
  duplicateOfRow: number | null;
  /** Already on this class's roster (not dropped). */
  alreadyEnrolled: boolean;
  /** Another class the person is enrolled in whose sessions overlap this class's, if any. */
  overlappingClassCode: string | null;
  /** A class of the same occupation and level the person already completed, if any. */
  completedClassCode: string | null;
}

export type RosterProblem = {
  field: 'name' | 'idNumber' | 'targetGroup';
  reason:
    | `id_number_${IdNumberProblem}`
    | 'trainee_under_age'
    | 'person_name_mismatch'
    | 'roster_duplicate_row'
    | 'already_enrolled'
    | 'enrolment_overlaps'
    | 'already_completed'
    | 'unknown_target_group';
  params?: Record<string, string | number>;
};

const TARGET_GROUP_CODES: ReadonlySet<string> = new Set(TARGET_GROUPS.map((g) => g.code));

/** Names compare as people write them: full-width and half-width alike, spaces ignored. */
export function sameName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
  return norm(a) === norm(b);
}

/**
 * Why a known person (birth date from their ID number) cannot join a class starting on
 * `classStart`: an unknown target group, under 16 at the start, a repeated line, a name other than
 * the registry's, already on the roster, enrolled in a class at the same time, or already trained
 * in this occupation at this level.
 */
export function enrolmentProblems(
  person: { name: string; birthDate: string; targetGroup: string },
  classStart: string,
  facts: RosterLineFacts | null,
): RosterProblem[] {
  const problems: RosterProblem[] = [];
  if (!TARGET_GROUP_CODES.has(person.targetGroup))
    problems.push({ field: 'targetGroup', reason: 'unknown_target_group' });
  const age = ageOn(person.birthDate, classStart);
  if (age < MIN_TRAINEE_AGE) {
    problems.push({
      field: 'idNumber',
      reason: 'trainee_under_age',
      params: { age, minimum: MIN_TRAINEE_AGE },
    });
  }
  if (!facts) return problems;
  if (facts.duplicateOfRow !== null) {
    problems.push({
      field: 'idNumber',
      reason: 'roster_duplicate_row',
      params: { row: facts.duplicateOfRow },
    });
  }
  if (facts.registeredName !== null && !sameName(facts.registeredName, person.name)) {
    problems.push({ field: 'name', reason: 'person_name_mismatch' });
  }
  if (facts.alreadyEnrolled) problems.push({ field: 'idNumber', reason: 'already_enrolled' });
  if (facts.overlappingClassCode) {
    problems.push({
      field: 'idNumber',
      reason: 'enrolment_overlaps',
      params: { code: facts.overlappingClassCode },
    });
  }
  if (facts.completedClassCode) {
    problems.push({
      field: 'idNumber',
      reason: 'already_completed',
      params: { code: facts.completedClassCode },
    });
  }
  return problems;
}

/**
 * Why one roster line cannot join a class starting on `classStart`: an ID number that fails its
 * checksum or birth date first (without a valid one nothing else can be known), then everything
 * `enrolmentProblems` checks.
 */
export function rosterLineProblems(
  line: RosterLine,
  classStart: string,
  facts: RosterLineFacts | null,
  options: { isKnownRegion?: (code: string) => boolean; today?: Date } = {},
): RosterProblem[] {
  const parsed = parseIdNumber(line.idNumber, options);
  if (!parsed.ok) return [{ field: 'idNumber', reason: `id_number_${parsed.reason}` }];
  return enrolmentProblems({ ...line, birthDate: parsed.value.birthDate }, classStart, facts);
}

/** Whether two sets of [start, end) intervals (epoch milliseconds) share any moment. */
export function intervalsOverlap(
  a: readonly { start: number; end: number }[],
  b: readonly { start: number; end: number }[],
): boolean {
  const sa = [...a].sort((x, y) => x.start - y.start);
  const sb = [...b].sort((x, y) => x.start - y.start);
  let i = 0;
  let j = 0;
  while (i < sa.length && j < sb.length) {
    const x = sa[i]!;
    const y = sb[j]!;
    if (x.start < y.end && y.start < x.end) return true;
    if (x.end <= y.end) i++;
    else j++;
  }
  return false;
}
