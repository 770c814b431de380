/*
 * Times in terminal files: ISO 8601 with an offset (2026-03-05T08:27:13+08:00, or Z), or the
 * `YYYY-MM-DD HH:MM:SS` most terminals print, read as China time (UTC+8, no daylight saving).
 * Slashes between the date parts and a missing seconds field are accepted, as terminals write them.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL = /^(\d{4})[-/](\d{2})[-/](\d{2}) (\d{2}):(\d{2})(?::(\d{2}))?$/;
const CHINA_OFFSET_MINUTES = 8 * 60;

function offsetMinutes(zone: string): number | null {
  if (zone === 'Z') return 0;
  const digits = zone.replace(':', '');
  const hours = Number(digits.slice(1, 3));
  const minutes = Number(digits.slice(3, 5));
  if (hours > 14 || minutes > 59) return null;
  return (digits[0] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function instant(parts: (string | undefined)[], offset: number): number | null {
  const [y, mo, d, h, mi, s = 0] = parts
    .slice(0, 6)
    .map((part) => (part === undefined ? undefined : Number(part)));
  const millis = Number((parts[6] ?? '0').padEnd(3, '0'));
  if (y === undefined || mo === undefined || d === undefined || h === undefined || mi === undefined)
    return null;
  if (y < 1970 || mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s, millis);
  // Date.UTC rolls 02-30 over into March; a day that does not exist is refused instead.
  if (new Date(utc).getUTCDate() !== d) return null;
  return utc - offset * 60_000;
}

/** The instant in milliseconds, or null when the text is not one of the accepted forms. */
export function parseRecordTime(text: string): number | null {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const offset = offsetMinutes(iso[8]!);
    return offset === null ? null : instant(iso.slice(1, 8), offset);
  }
  const local = LOCAL.exec(value);
  return local ? instant(local.slice(1, 7), CHINA_OFFSET_MINUTES) : null;
}

/** An instant as China time `YYYY-MM-DD HH:MM:SS`, the form the parser reads back. */
export function formatRecordTime(instantMs: number): string {
  return new Date(instantMs + CHINA_OFFSET_MINUTES * 60_000).toISOString().slice(0, 19).replace('T', ' ');
}
