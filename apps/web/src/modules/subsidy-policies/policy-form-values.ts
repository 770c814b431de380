import type { SubsidyPolicy } from '@qiancheng/domain/subsidy/policy';
import { fenOf } from '../../app/format/money';
import type { PolicyDetail, PolicyUpdate } from './policies-api';
import { POLICY_SETTINGS, policySetting } from './policy-settings';
import { basisPointsOf, percentOf } from './policy-units';

/**
 * The draft form holds the document in the shape the server keeps it, so a server field such as
 * `document.rules.A4.skillLevelFen.L4` names its input directly; only the units differ: amounts
 * in 元 rather than fen, percentages in % rather than basis points.
 */
export interface PolicyFormValues {
  title: string;
  effectiveFrom: string;
  note?: string | null;
  document: SubsidyPolicy;
}

type Rules = SubsidyPolicy['rules'];
type Holder = Record<string, unknown>;

/** The object holding a setting, and the setting's own key: `A4.skillLevelFen.L4` → (skillLevelFen, L4). */
function slot(rules: Rules, path: string): [Holder | undefined, string] {
  const keys = path.split('.');
  const last = keys.pop()!;
  let holder = rules as unknown as Holder | undefined;
  for (const key of keys) holder = holder?.[key] as Holder | undefined;
  return [holder, last];
}

/**
 * The rules of `base` with every setting taken from `source` (when it has it) and money and
 * percentages passed through `convert`. Starting from a whole document keeps what the form has
 * no input for (a rule without settings, A8) instead of dropping it.
 */
function mergeRules(
  base: Rules,
  source: Rules | undefined,
  convert: (kind: 'yuan' | 'percent', value: number) => number,
): Rules {
  const rules = structuredClone(base);
  for (const item of POLICY_SETTINGS) {
    const [from, key] = slot(source ?? base, item.path);
    const [to] = slot(rules, item.path);
    if (!from || !to || from[key] === undefined) continue;
    const value = from[key];
    to[key] =
      typeof value === 'number' && (item.kind === 'yuan' || item.kind === 'percent')
        ? convert(item.kind, value)
        : structuredClone(value);
  }
  return rules;
}

export function toFormValues(policy: Pick<PolicyDetail, 'title' | 'effectiveFrom' | 'note' | 'document'>) {
  const rules = policy.document.rules;
  return {
    title: policy.title,
    effectiveFrom: policy.effectiveFrom,
    note: policy.note ?? '',
    document: {
      rules: mergeRules(rules, rules, (kind, value) => (kind === 'yuan' ? value / 100 : percentOf(value))),
      shortageOccupations: policy.document.shortageOccupations.map((period) => ({ ...period })),
    },
  } satisfies PolicyFormValues;
}

/** The update of a draft whose document was `base`, from what the form holds. */
export function fromFormValues(values: PolicyFormValues, base: SubsidyPolicy): PolicyUpdate {
  const note = values.note?.trim();
  return {
    title: values.title.trim(),
    effectiveFrom: values.effectiveFrom,
    ...(note ? { note } : {}),
    document: {
      rules: mergeRules(base.rules, values.document?.rules, (kind, value) =>
        kind === 'yuan' ? fenOf(value) : basisPointsOf(value),
      ),
      shortageOccupations: (values.document?.shortageOccupations ?? []).map((period) => ({
        occupationCode: period.occupationCode,
        from: period.from,
        to: period.to,
      })),
    },
  };
}

const SHORTAGE_FIELDS = new Set(['occupationCode', 'from', 'to']);

/**
 * The form input a server field names, or null when the form has none (the message is then
 * listed with the error): `document.rules.A4.skillLevelFen.L4` → that amount's input;
 * `document.shortageOccupations.2` (an overlap) → that entry's occupation.
 */
export function formNameFor(field: string): (string | number)[] | null {
  if (field === 'title' || field === 'effectiveFrom' || field === 'note') return [field];
  const [root, section, ...rest] = field.split('.');
  if (root !== 'document') return null;
  if (section === 'rules') {
    const path = rest.join('.');
    return policySetting(path) ? ['document', 'rules', ...rest] : null;
  }
  if (section === 'shortageOccupations' && rest.length > 0) {
    const index = Number(rest[0]);
    if (!Number.isInteger(index) || index < 0) return null;
    const key = rest[1] ?? 'occupationCode';
    return SHORTAGE_FIELDS.has(key) && rest.length <= 2
      ? ['document', 'shortageOccupations', index, key]
      : null;
  }
  return null;
}
