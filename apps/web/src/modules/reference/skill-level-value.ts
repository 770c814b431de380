/** The form value for "any level", which the API sends as null. */
export const ANY_LEVEL = 'any';

export function levelFromForm(value: string | undefined): string | null {
  return !value || value === ANY_LEVEL ? null : value;
}

export function levelToForm(level: string | null): string {
  return level ?? ANY_LEVEL;
}
