/** `YYYY-MM-DD` plus `days` calendar days (negative to go back); no time zone is involved. */
export function addCivilDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
