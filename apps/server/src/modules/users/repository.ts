import { type Executor, people, users } from '@qiancheng/db';
import { and, count, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { pageOf } from '../../platform/db/paged';

export type UserRow = typeof users.$inferSelect;
export type UserWithPerson = UserRow & { idNumberMasked: string | null };

const columns = { user: users, idNumberMasked: people.idNumberMasked };

function flatten(row: { user: UserRow; idNumberMasked: string | null }): UserWithPerson {
  return { ...row.user, idNumberMasked: row.idNumberMasked };
}

export async function findUserById(db: Executor, id: string): Promise<UserWithPerson | null> {
  const [row] = await db
    .select(columns)
    .from(users)
    .leftJoin(people, eq(people.id, users.personId))
    .where(eq(users.id, id));
  return row ? flatten(row) : null;
}

export function displayNamesOf(db: Executor, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(inArray(users.id, ids));
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${username.toLowerCase()}`);
  return row ?? null;
}

export async function listUsers(
  db: Executor,
  filter: { scope: SQL | undefined; q?: string; role?: string; page: number; pageSize: number },
): Promise<{ items: UserWithPerson[]; total: number }> {
  const conditions: (SQL | undefined)[] = [filter.scope];
  if (filter.role) conditions.push(eq(users.role, filter.role));
  if (filter.q) {
    const pattern = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      or(
        ilike(users.username, pattern),
        ilike(users.displayName, pattern),
        ilike(users.organizationName, pattern),
      ),
    );
  }
  const where = and(...conditions);
  const { items: rows, total } = await pageOf(
    filter,
    db
      .select(columns)
      .from(users)
      .leftJoin(people, eq(people.id, users.personId))
      .where(where)
      .orderBy(desc(users.createdAt), users.id),
    db.select({ total: count() }).from(users).where(where),
  );
  return { items: rows.map(flatten), total };
}

export async function countUsersByRegion(db: Executor, scope: SQL | undefined, role?: string) {
  return db
    .select({ regionCode: users.regionCode, total: count() })
    .from(users)
    .where(and(scope, role ? eq(users.role, role) : undefined))
    .groupBy(users.regionCode);
}
