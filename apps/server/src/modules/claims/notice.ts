import { type Executor, subsidyClaims } from '@qiancheng/db';
import { maskHolderName } from '@qiancheng/domain/credentials/holder-name';
import { regionCodeRange } from '@qiancheng/domain/region/region-code';
import { and, eq, gte, lt } from 'drizzle-orm';
import { z } from 'zod';
import { today } from '../../platform/clock';
import { paginationQuery, regionCodeSchema } from '../../platform/http/schemas';
import type { ClassesService } from '../classes/service';
import type { InstitutionsService } from '../institutions/service';
import type { PeopleService } from '../people/service';
import * as repo from './repository';

export const noticeQuery = z.strictObject({ ...paginationQuery, region: regionCodeSchema.optional() });
export type NoticeQuery = z.infer<typeof noticeQuery>;

export const claimNoticeSchema = z
  .object({
    number: z.string(),
    regionCode: z.string(),
    institutionName: z.string(),
    classCode: z.string(),
    className: z.string(),
    totalFen: z.number(),
    noticeUntil: z.string(),
    /** Each claimed trainee: the surname, the rest masked, with what is claimed for them. */
    lines: z.array(z.object({ name: z.string(), stage: z.string(), amountFen: z.number() })),
  })
  .meta({ id: 'ClaimNotice' });
export type ClaimNotice = z.infer<typeof claimNoticeSchema>;

/**
 * 补贴公示: approved claims under public notice, as anyone may read them — the institution, the
 * class, the total and each trainee's masked name with the amount claimed for them, so a trainee
 * who did not train, or was not paid for, can object before the money moves.
 */
export async function claimNotices(
  db: Executor,
  deps: { classes: ClassesService; institutions: InstitutionsService; people: PeopleService },
  query: NoticeQuery,
): Promise<{ items: ClaimNotice[]; total: number }> {
  const range = query.region ? regionCodeRange(query.region) : null;
  const { rows, total } = await repo.listClaims(
    db,
    [
      eq(subsidyClaims.status, 'notice'),
      gte(subsidyClaims.noticeUntil, today()),
      range
        ? and(gte(subsidyClaims.regionCode, range.from), lt(subsidyClaims.regionCode, range.to))
        : undefined,
    ],
    query,
  );
  const institutions = await deps.institutions.summaries(rows.map((row) => row.institutionId ?? ''));
  const items: ClaimNotice[] = [];
  for (const row of rows) {
    const [lines, found] = await Promise.all([
      repo.linesOf(db, row.id),
      row.classId ? deps.classes.findClass(row.classId, db) : null,
    ]);
    const included = lines.filter((line) => line.included);
    const people = await deps.people.summaries(
      db,
      included.map((line) => line.personId),
    );
    items.push({
      number: row.number,
      regionCode: row.regionCode,
      institutionName: institutions.get(row.institutionId ?? '')?.name ?? '',
      classCode: found?.code ?? '',
      className: found?.name ?? '',
      totalFen: row.totalFen,
      noticeUntil: row.noticeUntil!,
      lines: included.map((line) => ({
        name: maskHolderName(people.get(line.personId)?.name ?? ''),
        stage: line.stage ?? '',
        amountFen: line.amountFen,
      })),
    });
  }
  return { items, total };
}
