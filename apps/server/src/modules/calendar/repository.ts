import { calendarDays, type Executor, regionSettings } from '@qiancheng/db';
import { and, asc, between, eq, inArray } from 'drizzle-orm';

export type CalendarDayRow = typeof calendarDays.$inferSelect;

/** The calendar entries of the given regions between two days (inclusive). */
export function entriesOf(db: Executor, regionCodes: readonly string[], from: string, to: string) {
  return db
    .select()
    .from(calendarDays)
    .where(and(inArray(calendarDays.regionCode, [...regionCodes]), between(calendarDays.day, from, to)))
    .orderBy(asc(calendarDays.day));
}

export async function upsertDay(
  tx: Executor,
  row: Pick<CalendarDayRow, 'regionCode' | 'day' | 'kind' | 'name' | 'updatedBy'>,
): Promise<CalendarDayRow> {
  const [saved] = await tx
    .insert(calendarDays)
    .values(row)
    .onConflictDoUpdate({
      target: [calendarDays.regionCode, calendarDays.day],
      set: { kind: row.kind, name: row.name, updatedBy: row.updatedBy, updatedAt: new Date() },
    })
    .returning();
  return saved!;
}

export async function findDay(db: Executor, regionCode: string, day: string): Promise<CalendarDayRow | null> {
  const [row] = await db
    .select()
    .from(calendarDays)
    .where(and(eq(calendarDays.regionCode, regionCode), eq(calendarDays.day, day)));
  return row ?? null;
}

export async function deleteDay(tx: Executor, regionCode: string, day: string): Promise<void> {
  await tx
    .delete(calendarDays)
    .where(and(eq(calendarDays.regionCode, regionCode), eq(calendarDays.day, day)));
}

export function settingsOf(db: Executor, regionCodes: readonly string[]) {
  return db
    .select()
    .from(regionSettings)
    .where(inArray(regionSettings.regionCode, [...regionCodes]));
}

export async function saveSettings(
  tx: Executor,
  regionCode: string,
  filingLeadWorkingDays: number | null,
  updatedBy: string | null,
) {
  const [row] = await tx
    .insert(regionSettings)
    .values({ regionCode, filingLeadWorkingDays, updatedBy })
    .onConflictDoUpdate({
      target: regionSettings.regionCode,
      set: { filingLeadWorkingDays, updatedBy, updatedAt: new Date() },
    })
    .returning();
  return row!;
}
