import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import {
  CALENDAR_DAY_KIND_NAMES,
  type CalendarDayKind,
  weekday,
} from '@qiancheng/domain/classes/working-days';

/*
 * 整年放假安排 pasted as text: one line a day or a span of days, as administrators copy it from the
 * State Council's notice or a spreadsheet, e.g.
 *
 *   2026-01-01 放假 元旦
 *   2月15日至2月23日 放假 春节
 *   2026/2/14	上班	春节调休
 *
 * A span keeps only the days that are exceptions: the weekdays of a holiday, the weekend days of
 * make-up working days (a calendar lists only the days that differ from Monday to Friday).
 */

export interface ArrangementRow {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

export type ArrangementProblemReason = 'date' | 'kind' | 'outside_year' | 'repeated';

export interface ArrangementProblem {
  /** 1-based line of the pasted text. */
  line: number;
  text: string;
  reason: ArrangementProblemReason;
}

const KIND_WORDS: [string, CalendarDayKind][] = [
  ...(Object.entries(CALENDAR_DAY_KIND_NAMES) as [CalendarDayKind, Record<string, string>][]).flatMap(
    ([kind, names]) =>
      Object.values(names).map((name): [string, CalendarDayKind] => [name.toLowerCase(), kind]),
  ),
  ['放假调休', 'holiday'],
  ['节假日', 'holiday'],
  ['休息', 'holiday'],
  ['休', 'holiday'],
  ['假', 'holiday'],
  ['holiday', 'holiday'],
  ['补班', 'workday'],
  ['上班', 'workday'],
  ['班', 'workday'],
  ['workday', 'workday'],
  ['make-up', 'workday'],
];
// Longest first, so 调休上班 is read before 上班 and "make-up working day" before "make-up".
KIND_WORDS.sort((a, b) => b[0].length - a[0].length);

const FULL_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const MONTH_DAY = /^(\d{1,2})\s*月\s*(\d{1,2})\s*日?/;
const DAY_ONLY = /^(\d{1,2})\s*日/;
const SPAN = /^\s*(?:~|～|至|到|—|–)\s*/;
const SEPARATORS = /[\s,，;；|、]+/;

function civil(year: number, month: number, day: number): string | null {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text ? text : null;
}

/** A date at the start of `text`, the year and month of `context` filling what it leaves out. */
function readDate(
  text: string,
  context: { year: number; month?: number },
): { day: string | null; rest: string } | null {
  const full = FULL_DATE.exec(text);
  if (full) {
    return {
      day: civil(Number(full[1]), Number(full[2]), Number(full[3])),
      rest: text.slice(full[0].length),
    };
  }
  const monthDay = MONTH_DAY.exec(text);
  if (monthDay) {
    return {
      day: civil(context.year, Number(monthDay[1]), Number(monthDay[2])),
      rest: text.slice(monthDay[0].length),
    };
  }
  const dayOnly = context.month === undefined ? null : DAY_ONLY.exec(text);
  if (dayOnly && context.month !== undefined) {
    return {
      day: civil(context.year, context.month, Number(dayOnly[1])),
      rest: text.slice(dayOnly[0].length),
    };
  }
  return null;
}

/** The days a line names: one, or a span "from 至 to" (the end may leave out its year and month). */
function readDays(text: string, year: number): { days: string[] | null; rest: string } {
  const start = readDate(text, { year });
  if (!start?.day) return { days: null, rest: text };
  const span = SPAN.exec(start.rest);
  if (!span) return { days: [start.day], rest: start.rest };
  const end = readDate(start.rest.slice(span[0].length), {
    year: Number(start.day.slice(0, 4)),
    month: Number(start.day.slice(5, 7)),
  });
  if (!end?.day || end.day < start.day) return { days: null, rest: text };
  const days: string[] = [];
  for (let day = start.day; day <= end.day && days.length <= 366; day = addCivilDays(day, 1)) days.push(day);
  return { days, rest: end.rest };
}

/** The kind word among the words after the date, and the words left for the name. */
function readKind(words: string[]): { kind: CalendarDayKind | null; name: string } {
  const lower = words.map((word) => word.toLowerCase());
  for (let index = 0; index < words.length; index++) {
    for (const [phrase, kind] of KIND_WORDS) {
      const length = phrase.split(' ').length;
      if (lower.slice(index, index + length).join(' ') === phrase) {
        return { kind, name: [...words.slice(0, index), ...words.slice(index + length)].join(' ') };
      }
    }
  }
  return { kind: null, name: words.join(' ') };
}

const isWeekend = (day: string) => weekday(day) === 0 || weekday(day) === 6;

/** The rows of one line, or why it cannot be taken; `taken` holds the days of the lines above. */
function readLine(
  line: string,
  year: number,
  taken: ReadonlyMap<string, ArrangementRow>,
): ArrangementRow[] | ArrangementProblemReason {
  const { days, rest } = readDays(line, year);
  if (!days) return 'date';
  const { kind, name } = readKind(rest.split(SEPARATORS).filter(Boolean));
  if (!kind) return 'kind';
  // Of a span, only the exceptions: a holiday's weekdays, a make-up span's weekend days.
  const kept = days.length === 1 ? days : days.filter((day) => isWeekend(day) === (kind === 'workday'));
  if (kept.some((day) => !day.startsWith(`${year}-`))) return 'outside_year';
  if (kept.some((day) => taken.has(day))) return 'repeated';
  return kept.map((day) => ({ day, kind, name: name.slice(0, 40) }));
}

/**
 * The rows of a pasted arrangement for `year`, sorted by day, and the lines that could not be read
 * (no date, no kind, a day of another year, a day named twice). A row may come without a name,
 * for the editor to ask.
 */
export function parseArrangement(
  text: string,
  year: number,
): { rows: ArrangementRow[]; problems: ArrangementProblem[] } {
  const rows = new Map<string, ArrangementRow>();
  const problems: ArrangementProblem[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const read = readLine(line, year, rows);
    if (typeof read === 'string') problems.push({ line: index + 1, text: line, reason: read });
    else for (const row of read) rows.set(row.day, row);
  });
  return { rows: [...rows.values()].sort((a, b) => a.day.localeCompare(b.day)), problems };
}
