import { ApiError, type ErrorDetail } from '../../app/api/api-error';
import { policySetting } from './policy-settings';

/**
 * A refused document's problems by the place they name, for the read-only rules: `bySetting`
 * under a setting's path (`A4.skillLevelFen.L4`), `byShortageEntry` under the list entry's index,
 * and the rest (the whole document, a rule as such) in `other`.
 */
export interface SettingProblems {
  bySetting: Record<string, string[]>;
  byShortageEntry: Record<number, string[]>;
  other: string[];
}

export const NO_PROBLEMS: SettingProblems = { bySetting: {}, byShortageEntry: {}, other: [] };

const add = <K extends string | number>(record: Record<K, string[]>, key: K, message: string) => {
  record[key] = [...(record[key] ?? []), message];
};

/**
 * A problem's message as shown beside the place it names: the server starts it with the path
 * (`rules.A4.skillLevelFen.L4：…`), which the place itself already says.
 */
export function placedMessage(detail: ErrorDetail): string {
  const path = detail.field?.replace(/^document\./, '');
  if (!path) return detail.message;
  for (const separator of ['：', ': ']) {
    if (detail.message.startsWith(`${path}${separator}`))
      return detail.message.slice(path.length + separator.length);
  }
  return detail.message;
}

/** The same refusal with each message ready to show beside its place. */
export function withPlacedMessages(error: ApiError): ApiError {
  const details = error.details.map((detail) => ({ ...detail, message: placedMessage(detail) }));
  return new ApiError(error.status, error.code, error.message, details, error.requestId ?? undefined);
}

export function settingProblems(details: readonly ErrorDetail[]): SettingProblems {
  const problems: SettingProblems = { bySetting: {}, byShortageEntry: {}, other: [] };
  for (const detail of details) {
    const rule = detail.field?.match(/^document\.rules\.(.+)$/);
    const entry = detail.field?.match(/^document\.shortageOccupations\.(\d+)(\.|$)/);
    if (rule && policySetting(rule[1]!)) add(problems.bySetting, rule[1]!, placedMessage(detail));
    else if (entry) add(problems.byShortageEntry, Number(entry[1]), placedMessage(detail));
    else problems.other.push(detail.message);
  }
  return problems;
}
