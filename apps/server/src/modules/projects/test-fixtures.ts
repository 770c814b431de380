import { randomBytes } from 'node:crypto';
import { demandLines, enterprises } from '@qiancheng/db';
import type { TestApp } from '../../test-support/test-app';

/**
 * Test data for project tests: enterprises and their demand lines written straight to the
 * database, so project tests do not depend on how demand is declared.
 */
export interface DemandLineFixture {
  regionCode: string;
  occupationCode: string;
  skillLevel?: string | null;
  headcount?: number;
  filledCount?: number;
  skillRequirements?: string;
  deadline?: string;
  closed?: boolean;
}

export async function insertDemandLines(t: TestApp, lines: DemandLineFixture[]): Promise<string[]> {
  const [enterprise] = await t.platform.db
    .insert(enterprises)
    .values({
      creditCode: `91${randomBytes(8).toString('hex').toUpperCase()}`,
      name: `测试企业${randomBytes(3).toString('hex')}`,
      regionCode: lines[0]?.regionCode ?? '410100',
    })
    .returning();
  const rows = await t.platform.db
    .insert(demandLines)
    .values(
      lines.map((line) => ({
        enterpriseId: enterprise!.id,
        regionCode: line.regionCode,
        occupationCode: line.occupationCode,
        skillLevel: line.skillLevel ?? null,
        headcount: line.headcount ?? 10,
        filledCount: line.filledCount ?? 0,
        skillRequirements: line.skillRequirements ?? '具备相关岗位基本技能',
        wageMin: 4000,
        wageMax: 6000,
        deadline: line.deadline ?? '2099-12-31',
        contactName: '王经理',
        contactPhoneCipher: t.platform.vault.encrypt('13800001234'),
        contactPhoneMasked: '138****1234',
        source: 'staff',
        closedAt: line.closed ? new Date() : null,
      })),
    )
    .returning({ id: demandLines.id });
  return rows.map((row) => row.id);
}

/** Everything a draft needs beyond what demand prefills, for publication. */
export const PUBLISHABLE = {
  contentOutline: '生活照料；基础护理；康复服务；安全防护',
  hoursTheory: 40,
  hoursPractice: 80,
  mode: 'offline',
  evaluationType: 'skill_level',
  targetGroups: ['rural_migrant_worker', 'registered_unemployed'],
};

/** Creates a project from new demand lines and publishes it; returns its id. */
export async function publishedProject(
  t: TestApp,
  cookie: string,
  line: DemandLineFixture,
  fields: Record<string, unknown> = {},
): Promise<string> {
  const ids = await insertDemandLines(t, [line]);
  const created = await t.request({
    method: 'POST',
    url: '/api/v1/projects',
    cookie,
    body: { demandLineIds: ids, ...PUBLISHABLE, ...fields },
  });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  const id = created.json().project.id as string;
  const published = await t.request({ method: 'POST', url: `/api/v1/projects/${id}/publish`, cookie });
  if (published.statusCode !== 200) throw new Error(`publish failed: ${published.body}`);
  return id;
}
