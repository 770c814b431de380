import { calendarDays, type Executor } from '@qiancheng/db';
import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import {
  type CalendarDayKind,
  DEFAULT_FILING_LEAD_WORKING_DAYS,
  latestFilingDate,
  mergeCalendars,
  type WorkingCalendar,
} from '@qiancheng/domain/classes/working-days';
import { and, between, eq } from 'drizzle-orm';
import { assertRegionInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { RequestContext } from '../../platform/http/request-context';
import type { ReferenceService } from '../reference/service';
import * as repo from './repository';

export interface CalendarEntryView {
  day: string;
  kind: CalendarDayKind;
  name: string;
  regionCode: string;
  regionName: string;
  /** Set by a region above the one viewed; the viewed region may override it. */
  inherited: boolean;
}

export interface CalendarView {
  regionCode: string;
  regionName: string;
  year: number;
  entries: CalendarEntryView[];
  /** The lead this region sets itself, or null to inherit. */
  filingLeadWorkingDays: number | null;
  /** The lead in force here: its own, or the nearest region's above, or the default. */
  effectiveFilingLeadWorkingDays: number;
}

export interface NewCalendarDay {
  day: string;
  kind: CalendarDayKind;
  name: string;
}

/**
 * 工作日历 and region settings. Working days decide filing deadlines; administrators keep the
 * holidays and make-up working days each year (the State Council's arrangement, and any local
 * ones), and may set how many working days ahead classes must be filed.
 */
export class CalendarService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
  ) {}

  /** The region and those above it, from the province down. */
  private async lineage(regionCode: string): Promise<string[]> {
    const path = await this.reference.regionPath(regionCode);
    return path.length ? path.map((r) => r.code) : [regionCode];
  }

  /** The working calendar of a region between two days, its own entries over those above it. */
  async calendarOf(
    regionCode: string,
    from: string,
    to: string,
    db: Executor = this.platform.db,
  ): Promise<WorkingCalendar> {
    const lineage = await this.lineage(regionCode);
    const rows = await repo.entriesOf(db, lineage, from, to);
    return mergeCalendars(lineage.map((code) => rows.filter((r) => r.regionCode === code)));
  }

  /** Working days a class held in the region must be filed ahead of its start. */
  async filingLead(regionCode: string, db: Executor = this.platform.db): Promise<number> {
    const lineage = await this.lineage(regionCode);
    const settings = new Map(
      (await repo.settingsOf(db, lineage)).map((s) => [s.regionCode, s.filingLeadWorkingDays]),
    );
    for (const code of [...lineage].reverse()) {
      const lead = settings.get(code);
      if (lead !== null && lead !== undefined) return lead;
    }
    return DEFAULT_FILING_LEAD_WORKING_DAYS;
  }

  /** The lead in force and the last day a class starting on `start` may be filed. */
  async filingDeadline(regionCode: string, start: string, db: Executor = this.platform.db) {
    const lead = await this.filingLead(regionCode, db);
    // Leads are at most 30 working days: ten weeks back always holds them, holidays included.
    const calendar = await this.calendarOf(regionCode, addCivilDays(start, -70), start, db);
    return { lead, deadline: latestFilingDate(start, lead, calendar) };
  }

  async view(regionCode: string, year: number): Promise<CalendarView> {
    const lineage = await this.lineage(regionCode);
    const rows = await repo.entriesOf(this.platform.db, lineage, `${year}-01-01`, `${year}-12-31`);
    const byDay = new Map<string, (typeof rows)[number]>();
    for (const code of lineage)
      for (const row of rows.filter((r) => r.regionCode === code)) byDay.set(row.day, row);
    const settings = await repo.settingsOf(this.platform.db, [regionCode]);
    const names = new Map(
      await Promise.all(
        lineage.map(async (code) => [code, (await this.reference.regionName(code)) ?? code] as const),
      ),
    );
    return {
      regionCode,
      regionName: names.get(regionCode) ?? regionCode,
      year,
      entries: [...byDay.values()]
        .sort((a, b) => a.day.localeCompare(b.day))
        .map((row) => ({
          day: row.day,
          kind: row.kind,
          name: row.name,
          regionCode: row.regionCode,
          regionName: names.get(row.regionCode) ?? row.regionCode,
          inherited: row.regionCode !== regionCode,
        })),
      filingLeadWorkingDays: settings[0]?.filingLeadWorkingDays ?? null,
      effectiveFilingLeadWorkingDays: await this.filingLead(regionCode),
    };
  }

  private async assertManaged(context: RequestContext, regionCode: string): Promise<void> {
    if (!(await this.reference.regionExists(regionCode)))
      throw invalidFields(fieldProblem('region', 'unknown_region'));
    assertRegionInScope(context.actor!, regionCode);
  }

  async setDay(context: RequestContext, regionCode: string, entry: NewCalendarDay): Promise<CalendarView> {
    await this.assertManaged(context, regionCode);
    await this.platform.db.transaction(async (tx) => {
      const before = await repo.findDay(tx, regionCode, entry.day);
      const after = await repo.upsertDay(tx, { regionCode, ...entry, updatedBy: context.actor!.userId });
      await appendAudit(tx, context, [
        {
          action: 'calendar.day.set',
          entityType: 'calendar_day',
          entityId: `${regionCode}:${entry.day}`,
          before: before && { kind: before.kind, name: before.name },
          after: { kind: after.kind, name: after.name },
        },
      ]);
    });
    return this.view(regionCode, Number(entry.day.slice(0, 4)));
  }

  async removeDay(context: RequestContext, regionCode: string, day: string): Promise<CalendarView> {
    await this.assertManaged(context, regionCode);
    await this.platform.db.transaction(async (tx) => {
      const before = await repo.findDay(tx, regionCode, day);
      if (!before) throw invalidFields(fieldProblem('day', 'calendar_day_not_set'));
      await repo.deleteDay(tx, regionCode, day);
      await appendAudit(tx, context, [
        {
          action: 'calendar.day.remove',
          entityType: 'calendar_day',
          entityId: `${regionCode}:${day}`,
          before: { kind: before.kind, name: before.name },
        },
      ]);
    });
    return this.view(regionCode, Number(day.slice(0, 4)));
  }

  /**
   * Replaces a region's own entries of one year with the given list, as an administrator enters
   * the year's holiday arrangement at once. Days outside the year are refused, each by its row.
   */
  async replaceYear(
    context: RequestContext,
    regionCode: string,
    year: number,
    entries: readonly NewCalendarDay[],
  ): Promise<CalendarView> {
    await this.assertManaged(context, regionCode);
    const problems = entries.flatMap((e, index) =>
      e.day.startsWith(`${year}-`)
        ? []
        : [fieldProblem(`days.${index}.day`, 'calendar_day_outside_year', { year })],
    );
    const seen = new Map<string, number>();
    entries.forEach((e, index) => {
      const earlier = seen.get(e.day);
      if (earlier !== undefined) {
        problems.push(fieldProblem(`days.${index}.day`, 'roster_duplicate_row', { row: earlier + 1 }));
      }
      seen.set(e.day, index);
    });
    if (problems.length) throw invalidFields(...problems);
    await this.platform.db.transaction(async (tx) => {
      const before = await tx
        .select()
        .from(calendarDays)
        .where(
          and(
            eq(calendarDays.regionCode, regionCode),
            between(calendarDays.day, `${year}-01-01`, `${year}-12-31`),
          ),
        );
      await tx
        .delete(calendarDays)
        .where(
          and(
            eq(calendarDays.regionCode, regionCode),
            between(calendarDays.day, `${year}-01-01`, `${year}-12-31`),
          ),
        );
      for (const entry of entries) {
        await repo.upsertDay(tx, { regionCode, ...entry, updatedBy: context.actor!.userId });
      }
      await appendAudit(tx, context, [
        {
          action: 'calendar.year.replace',
          entityType: 'calendar_year',
          entityId: `${regionCode}:${year}`,
          before: before.map(({ day, kind, name }) => ({ day, kind, name })),
          after: entries,
        },
      ]);
    });
    return this.view(regionCode, year);
  }

  async setSettings(
    context: RequestContext,
    regionCode: string,
    filingLeadWorkingDays: number | null,
  ): Promise<CalendarView> {
    await this.assertManaged(context, regionCode);
    await this.platform.db.transaction(async (tx) => {
      const [before] = await repo.settingsOf(tx, [regionCode]);
      await repo.saveSettings(tx, regionCode, filingLeadWorkingDays, context.actor!.userId);
      await appendAudit(tx, context, [
        {
          action: 'region.settings.update',
          entityType: 'region',
          entityId: regionCode,
          before: { filingLeadWorkingDays: before?.filingLeadWorkingDays ?? null },
          after: { filingLeadWorkingDays },
        },
      ]);
    });
    return this.view(regionCode, Number(today().slice(0, 4)));
  }
}
