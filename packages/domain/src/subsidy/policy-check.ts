import type { z } from 'zod';
import { SKILL_LEVEL_CODES } from '../reference/skill-levels';
import {
  BASIS_POINT_MAXIMA,
  CONSUMABLES_CATEGORIES,
  LEVELLED_CERTIFICATE_TYPES,
  SKILL_UPGRADE_LEVELS,
  type SubsidyPolicy,
  subsidyPolicySchema,
} from './policy';
import type { PolicyProblem } from './policy-problems';

export { narrowingProblems } from './policy-narrowing';
export type { PolicyProblem } from './policy-problems';

export type PolicyCheck = { ok: true; policy: SubsidyPolicy } | { ok: false; problems: PolicyProblem[] };

/**
 * Reads a policy document (JSON text or already parsed) and reports everything wrong with it at
 * once, each problem at its path with a stable code, so whoever drafted the policy can fix it in
 * one pass: first the shape and ranges, then, on a well-formed policy, contradictions between
 * its parts.
 */
export function checkSubsidyPolicy(input: unknown): PolicyCheck {
  let document = input;
  if (typeof input === 'string') {
    try {
      document = JSON.parse(input);
    } catch {
      return { ok: false, problems: [{ path: '', code: 'invalid_json', params: {} }] };
    }
  }
  if (!isRecord(document)) return { ok: false, problems: [{ path: '', code: 'not_an_object', params: {} }] };
  const parsed = subsidyPolicySchema.safeParse(document);
  if (!parsed.success) {
    return {
      ok: false,
      problems: unique(parsed.error.issues.flatMap((issue) => shapeProblems(issue, document))),
    };
  }
  const problems = contradictions(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, policy: parsed.data };
}

const LEVEL_KEYS: Record<string, readonly string[]> = {
  skillLevelFen: SKILL_LEVEL_CODES,
  levelFen: SKILL_UPGRADE_LEVELS,
  shortageMinLevel: SKILL_LEVEL_CODES,
};
const LIST_ITEM_CODES = {
  targetGroups: 'unknown_target_group',
  excludedPensionSchemes: 'unknown_pension_scheme',
  certificateTypes: 'unknown_certificate_type',
} as const;

function shapeProblems(issue: z.core.$ZodIssue, document: unknown): PolicyProblem[] {
  const segments = issue.path.map(String);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => unknownKeyProblem(segments, key));
  }
  const path = segments.join('.');
  const value = valueAt(document, issue.path);
  if (value === undefined) {
    return segments.length === 2 && segments[0] === 'rules'
      ? [{ path, code: 'missing_rule', params: { ruleId: segments[1]! } }]
      : [{ path, code: 'missing_field', params: {} }];
  }
  const last = segments.at(-1)!;
  const isItem = typeof issue.path.at(-1) === 'number';
  const key = isItem ? segments.at(-2)! : last;
  const parent = segments.at(-2) ?? '';
  const shown = typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value);

  if (isItem && key in LIST_ITEM_CODES && typeof value === 'string') {
    const code = LIST_ITEM_CODES[key as keyof typeof LIST_ITEM_CODES];
    const params: PolicyProblem['params'] =
      code === 'unknown_certificate_type'
        ? { value, allowed: LEVELLED_CERTIFICATE_TYPES.join(', ') }
        : { value };
    return [{ path, code, params }];
  }
  if (key === 'shortageMinLevel' && typeof value === 'string') {
    return [{ path, code: 'unknown_level', params: { level: value, allowed: SKILL_LEVEL_CODES.join(', ') } }];
  }
  if ((key === 'from' || key === 'to') && typeof value === 'string') {
    return [{ path, code: 'malformed_date', params: { value } }];
  }
  if (key === 'occupationCode' && typeof value === 'string') {
    return [{ path, code: 'malformed_occupation_code', params: { value } }];
  }
  if (typeof value === 'number') {
    if (key.endsWith('Fen') || parent.endsWith('Fen')) {
      return [{ path, code: value < 0 ? 'amount_negative' : 'amount_not_integer', params: { value } }];
    }
    const max = percentageMaximum(key, parent);
    if (max !== undefined) return [{ path, code: 'percentage_out_of_range', params: { value, max } }];
    return [{ path, code: 'count_invalid', params: { value } }];
  }
  const expected = 'expected' in issue ? String(issue.expected) : 'valid value';
  return [{ path, code: 'wrong_type', params: { expected, value: shown } }];
}

function unknownKeyProblem(segments: string[], key: string): PolicyProblem {
  const path = [...segments, key].join('.');
  const container = segments.at(-1);
  if (segments.length === 1 && container === 'rules')
    return { path, code: 'unknown_rule', params: { ruleId: key } };
  if (container && container in LEVEL_KEYS) {
    return {
      path,
      code: 'unknown_level',
      params: { level: key, allowed: LEVEL_KEYS[container]!.join(', ') },
    };
  }
  if (container === 'consumablesBasisPoints') {
    return {
      path,
      code: 'unknown_consumables_category',
      params: { value: key, allowed: CONSUMABLES_CATEGORIES.join(', ') },
    };
  }
  return { path, code: 'unknown_key', params: { key } };
}

function percentageMaximum(key: string, parent: string): number | undefined {
  const maxima: Record<string, number> = BASIS_POINT_MAXIMA;
  return maxima[key] ?? maxima[parent];
}

/** Parts of a well-formed policy that cannot all be meant. */
function contradictions(policy: SubsidyPolicy): PolicyProblem[] {
  const { A4, A5, B2 } = policy.rules;
  const problems: PolicyProblem[] = [
    ...decreasingAmounts('rules.A4.skillLevelFen', A4.skillLevelFen),
    ...decreasingAmounts('rules.B2.levelFen', B2.levelFen),
  ];
  if (A4.trainingCapFen > 0 && A4.trainingPerHourFen > A4.trainingCapFen) {
    problems.push({
      path: 'rules.A4.trainingPerHourFen',
      code: 'training_rate_over_cap',
      params: { value: A4.trainingPerHourFen, cap: A4.trainingCapFen },
    });
  }
  const consumables = A5.consumablesBasisPoints;
  for (let i = 1; i < CONSUMABLES_CATEGORIES.length; i += 1) {
    const [lower, category] = [CONSUMABLES_CATEGORIES[i - 1]!, CONSUMABLES_CATEGORIES[i]!];
    if (consumables[category] < consumables[lower]) {
      problems.push({
        path: `rules.A5.consumablesBasisPoints.${category}`,
        code: 'consumables_not_increasing',
        params: {
          category,
          value: consumables[category],
          lowerCategory: lower,
          lowerValue: consumables[lower],
        },
      });
    }
  }
  return [...problems, ...shortageProblems(policy)];
}

/** A higher level (rank 1 is highest) may not pay less than a lower one. */
function decreasingAmounts(path: string, amounts: Readonly<Record<string, number>>): PolicyProblem[] {
  const levels = SKILL_LEVEL_CODES.filter((level) => level in amounts);
  const problems: PolicyProblem[] = [];
  for (let i = 1; i < levels.length; i += 1) {
    const [lowerLevel, level] = [levels[i - 1]!, levels[i]!];
    if (amounts[level]! < amounts[lowerLevel]!) {
      problems.push({
        path: `${path}.${level}`,
        code: 'amounts_not_increasing',
        params: { level, value: amounts[level]!, lowerLevel, lowerValue: amounts[lowerLevel]! },
      });
    }
  }
  return problems;
}

function shortageProblems(policy: SubsidyPolicy): PolicyProblem[] {
  const periods = policy.shortageOccupations;
  const problems: PolicyProblem[] = [];
  periods.forEach((period, index) => {
    const path = `shortageOccupations.${index}`;
    if (period.from > period.to) {
      problems.push({ path: `${path}.from`, code: 'shortage_period_reversed', params: { ...period } });
      return;
    }
    const earlier = periods.findIndex(
      (other, otherIndex) =>
        otherIndex < index &&
        other.occupationCode === period.occupationCode &&
        other.from <= other.to &&
        other.from <= period.to &&
        period.from <= other.to,
    );
    if (earlier >= 0) {
      problems.push({
        path,
        code: 'shortage_period_overlap',
        params: { occupationCode: period.occupationCode, otherPath: `shortageOccupations.${earlier}` },
      });
    }
  });
  return problems;
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const segment of path) {
    if (!isRecord(value) && !Array.isArray(value)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function unique(problems: PolicyProblem[]): PolicyProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.path}\u0000${problem.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
