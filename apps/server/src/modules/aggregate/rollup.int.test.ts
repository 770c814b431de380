import { demandLines, demandRollup, enterprises, people, trainingWishes, wishRollup } from '@qiancheng/db';
import { and, eq, gt, gte, isNull, lt, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';
import { futureDay } from '../demand/fixtures/workbooks';
import { chinaToday } from '../demand/service';
import { advanceDemandClock } from './rollup-clock';

// The rollup tables must always equal the sums they stand for. Random writes of every kind go
// straight to the tables (as an import, a fill, a closure or a correction would), then the rollup
// is compared with the same sums computed from the lines themselves.

let t: TestApp;
let enterpriseId: string;
let personIds: string[];
const REGIONS = ['410102', '410103', '410105', '410100', '410202', '410000'];
const OCCUPATIONS = ['4-10-01-05', '4-04-02-01', '2-02-38-01', '4-01-02-07'];
const GROUPS = ['unemployed', 'migrant_rural', 'veteran'];

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return {
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(items: T[]) => items[Math.floor(next() * items.length)]!,
  };
}

async function liveDemand(today: string) {
  const rows = await t.platform.db
    .select({
      key: sql<string>`${demandLines.regionCode} || '|' || ${demandLines.occupationCode}`,
      lines: sql<number>`count(*)::int`,
      posts: sql<number>`sum(${demandLines.headcount} - ${demandLines.filledCount})::int`,
    })
    .from(demandLines)
    .where(
      and(
        isNull(demandLines.closedAt),
        lt(demandLines.filledCount, demandLines.headcount),
        gte(demandLines.deadline, today),
      ),
    )
    .groupBy(demandLines.regionCode, demandLines.occupationCode);
  return Object.fromEntries(rows.map((r) => [r.key, [r.lines, r.posts]]));
}

async function rolledDemand() {
  const all = await t.platform.db.select().from(demandRollup);
  expect(all.filter((r) => r.lines < 0 || r.postsOpen < 0)).toEqual([]);
  return Object.fromEntries(
    all
      .filter((r) => r.lines > 0)
      .map((r) => [`${r.regionCode}|${r.occupationCode}`, [r.lines, r.postsOpen]]),
  );
}

async function liveWishes() {
  const rows = await t.platform.db
    .select({
      key: sql<string>`${trainingWishes.regionCode} || '|' || ${trainingWishes.occupationCode} || '|' || ${trainingWishes.targetGroup}`,
      wishes: sql<number>`count(*)::int`,
    })
    .from(trainingWishes)
    .where(isNull(trainingWishes.withdrawnAt))
    .groupBy(trainingWishes.regionCode, trainingWishes.occupationCode, trainingWishes.targetGroup);
  return Object.fromEntries(rows.map((r) => [r.key, r.wishes]));
}

async function rolledWishes() {
  const rows = await t.platform.db.select().from(wishRollup).where(gt(wishRollup.wishes, 0));
  return Object.fromEntries(
    rows.map((r) => [`${r.regionCode}|${r.occupationCode}|${r.targetGroup}`, r.wishes]),
  );
}

beforeAll(async () => {
  t = await startTestApp();
  const [enterprise] = await t.platform.db.select().from(enterprises).limit(1);
  enterpriseId = enterprise!.id;
  personIds = (await t.platform.db.select({ id: people.id }).from(people).limit(3)).map((p) => p.id);
  expect(personIds.length).toBeGreaterThan(0);
});

afterAll(async () => {
  await t?.close();
});

describe('rollup tables', () => {
  it('start equal to the sums over the seeded data', async () => {
    expect(await rolledDemand()).toEqual(await liveDemand(chinaToday()));
    expect(await rolledWishes()).toEqual(await liveWishes());
  });

  it('stay equal through random inserts, fills, closures, moves and deletes', async () => {
    const r = random(20251110);
    for (let step = 0; step < 120; step++) {
      const lines = await t.platform.db.select({ id: demandLines.id }).from(demandLines);
      const wishes = await t.platform.db.select({ id: trainingWishes.id }).from(trainingWishes);
      const action = r.int(8);
      const line = lines.length ? r.pick(lines) : undefined;
      const wish = wishes.length ? r.pick(wishes) : undefined;
      if (action <= 1 || !line) {
        const headcount = 1 + r.int(9);
        await t.platform.db.insert(demandLines).values({
          enterpriseId,
          regionCode: r.pick(REGIONS),
          occupationCode: r.pick(OCCUPATIONS),
          headcount,
          filledCount: r.int(headcount + 1),
          skillRequirements: '汇总一致性',
          wageMin: 3000,
          wageMax: 5000,
          deadline: futureDay(r.int(40) - 10),
          contactName: '测试',
          contactPhoneCipher: 'x',
          contactPhoneMasked: '138****0000',
          source: 'staff',
          closedAt: r.int(6) === 0 ? new Date() : null,
        });
      } else if (action === 2) {
        const headcount = 1 + r.int(9);
        await t.platform.db
          .update(demandLines)
          .set({ headcount, filledCount: r.int(headcount + 1) })
          .where(eq(demandLines.id, line.id));
      } else if (action === 3) {
        await t.platform.db
          .update(demandLines)
          .set({ closedAt: r.int(2) ? new Date() : null })
          .where(eq(demandLines.id, line.id));
      } else if (action === 4) {
        await t.platform.db
          .update(demandLines)
          .set({
            regionCode: r.pick(REGIONS),
            occupationCode: r.pick(OCCUPATIONS),
            deadline: futureDay(r.int(40) - 10),
          })
          .where(eq(demandLines.id, line.id));
      } else if (action === 5) {
        // Only lines this test made: the seeded ones are linked to projects.
        await t.platform.db
          .delete(demandLines)
          .where(and(eq(demandLines.id, line.id), eq(demandLines.skillRequirements, '汇总一致性')));
      } else if (action === 6 || !wish) {
        await t.platform.db.insert(trainingWishes).values({
          personId: r.pick(personIds),
          occupationCode: r.pick(OCCUPATIONS),
          mode: 'offline',
          preferredTime: 'any',
          regionCode: r.pick(REGIONS),
          targetGroup: r.pick(GROUPS),
          source: 'staff',
        });
      } else {
        await t.platform.db
          .update(trainingWishes)
          .set({ withdrawnAt: r.int(2) ? new Date() : null, targetGroup: r.pick(GROUPS) })
          .where(eq(trainingWishes.id, wish.id));
      }
      if (step % 20 === 19) {
        expect(await rolledDemand(), `after step ${step}`).toEqual(await liveDemand(chinaToday()));
        expect(await rolledWishes(), `after step ${step}`).toEqual(await liveWishes());
      }
    }
  });

  it('drop the lines whose deadline passed when the clock moves to a later day', async () => {
    expect(await advanceDemandClock(t.platform.db, chinaToday())).toBe('current');
    for (const days of [1, 3, 4, 12, 40]) {
      const day = futureDay(days);
      expect(await advanceDemandClock(t.platform.db, day)).toBe('current');
      expect(await rolledDemand(), `on ${day}`).toEqual(await liveDemand(day));
    }
    // A caller whose day is earlier than the clock is told so and counts from the lines.
    expect(await advanceDemandClock(t.platform.db, chinaToday())).toBe('ahead');
  });
});
