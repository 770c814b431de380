import {
  certificateSerials,
  certificates,
  credentialKeys,
  type Database,
  type Executor,
  occupations,
  regions,
  verificationMisses,
} from '@qiancheng/db';
import { and, asc, count, desc, eq, gt, inArray, lt, min, type SQL, sql } from 'drizzle-orm';
import { type PageRequest, pageOf } from '../../platform/db/paged';

export type CertificateRow = typeof certificates.$inferSelect;
export type NewCertificateRow = typeof certificates.$inferInsert;
export type KeyRow = typeof credentialKeys.$inferSelect;

export interface CertificateRecord {
  certificate: CertificateRow;
  occupationName: string;
  regionName: string;
}

function selectRecords(db: Executor) {
  return db
    .select({ certificate: certificates, occupationName: occupations.name, regionName: regions.name })
    .from(certificates)
    .innerJoin(occupations, eq(occupations.code, certificates.occupationCode))
    .innerJoin(regions, eq(regions.code, certificates.regionCode));
}

export async function findRecord(db: Executor, id: string): Promise<CertificateRecord | null> {
  const [row] = await selectRecords(db).where(eq(certificates.id, id));
  return row ?? null;
}

export function findRecords(db: Executor, ids: readonly string[]): Promise<CertificateRecord[]> {
  return ids.length === 0 ? Promise.resolve([]) : selectRecords(db).where(inArray(certificates.id, [...ids]));
}

/** What public verification shows of a certificate, and the holder's name it is checked against. */
export interface VerificationRecord {
  number: string;
  kind: string;
  holderName: string;
  occupationCode: string;
  occupationName: string;
  skillLevel: string | null;
  issuedOn: string;
  issuerName: string;
  status: string;
  revokedAt: Date | null;
  revokedReason: string | null;
}

/**
 * The look-up behind public verification, the busiest query of the module: prepared once (the SQL is
 * built once per process, planned once per connection) and reading only the columns shown, not the
 * signed credential.
 */
/**
 * Look-ups of the certificates asked about together, in one prepared query: built once per
 * process, planned once per connection. Returns the records found, by number.
 */
export function prepareVerificationLookup(db: Database) {
  const statement = db
    .select({
      number: certificates.number,
      kind: certificates.kind,
      holderName: certificates.holderName,
      occupationCode: certificates.occupationCode,
      occupationName: occupations.name,
      skillLevel: certificates.skillLevel,
      issuedOn: certificates.issuedOn,
      issuerName: certificates.issuerName,
      status: certificates.status,
      revokedAt: certificates.revokedAt,
      revokedReason: certificates.revokedReason,
    })
    .from(certificates)
    .innerJoin(occupations, eq(occupations.code, certificates.occupationCode))
    .where(sql`${certificates.number} = any(${sql.placeholder('numbers')}::text[])`)
    .prepare('certificate_verification');
  return async (numbers: readonly string[]): Promise<Map<string, VerificationRecord>> => {
    const rows = await statement.execute({ numbers: [...new Set(numbers)] });
    return new Map(rows.map((row) => [row.number, row]));
  };
}

export interface CertificateFilter {
  kind?: string;
  status?: string;
  number?: string;
  class?: string;
}

export function filterConditions(filter: CertificateFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(certificates.kind, filter.kind));
  if (filter.status) conditions.push(eq(certificates.status, filter.status));
  if (filter.number) conditions.push(eq(certificates.number, filter.number));
  if (filter.class) conditions.push(eq(certificates.classId, filter.class));
  return conditions;
}

export async function listRecords(
  db: Executor,
  where: SQL | undefined,
  page: PageRequest,
): Promise<{ items: CertificateRecord[]; total: number }> {
  return pageOf(
    page,
    selectRecords(db).where(where).orderBy(desc(certificates.createdAt), asc(certificates.id)),
    db.select({ total: count() }).from(certificates).where(where),
  );
}

/** A class's certificates, newest first; a class has at most its roster's, so there is no paging. */
export async function recordsOfClass(db: Executor, classId: string): Promise<CertificateRecord[]> {
  return selectRecords(db)
    .where(eq(certificates.classId, classId))
    .orderBy(desc(certificates.issuedOn), desc(certificates.createdAt));
}

/** A worker's own certificates, newest first; a person holds a handful, so there is no paging. */
export async function recordsOfPerson(db: Executor, personId: string): Promise<CertificateRecord[]> {
  return selectRecords(db)
    .where(eq(certificates.personId, personId))
    .orderBy(desc(certificates.issuedOn), desc(certificates.createdAt));
}

export async function lockCertificate(tx: Executor, id: string): Promise<CertificateRow | null> {
  const [row] = await tx.select().from(certificates).where(eq(certificates.id, id)).for('update');
  return row ?? null;
}

export async function insertCertificate(tx: Executor, values: NewCertificateRow): Promise<CertificateRow> {
  const [row] = await tx.insert(certificates).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function revokeCertificate(
  tx: Executor,
  id: string,
  values: { revokedAt: Date; revokedReason: string; revokedBy: string },
): Promise<CertificateRow> {
  const [row] = await tx
    .update(certificates)
    .set({ ...values, status: 'revoked' })
    .where(eq(certificates.id, id))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** The certificate of this kind still in force for an enrolment, if one was issued. */
export async function issuedForEnrolment(
  tx: Executor,
  enrolmentId: string,
  kind: string,
): Promise<CertificateRow | null> {
  const [row] = await tx
    .select()
    .from(certificates)
    .where(
      and(
        eq(certificates.enrolmentId, enrolmentId),
        eq(certificates.kind, kind),
        eq(certificates.status, 'issued'),
      ),
    )
    .limit(1);
  return row ?? null;
}

/**
 * The next serial of a series. The upsert takes the series row's lock until the caller's
 * transaction ends, so concurrent issuers of one series queue; a rollback returns the serial, so
 * serials have neither gaps nor duplicates.
 */
export async function nextSerial(tx: Executor, prefix: string): Promise<number> {
  const [row] = await tx
    .insert(certificateSerials)
    .values({ prefix, last: 1 })
    .onConflictDoUpdate({
      target: certificateSerials.prefix,
      set: { last: sql`${certificateSerials.last} + 1` },
    })
    .returning({ last: certificateSerials.last });
  if (!row) throw new Error('serial upsert returned no row');
  return row.last;
}

/** The names of an occupation and a region, or null for codes that do not exist. */
export async function referenceNames(
  tx: Executor,
  occupationCode: string,
  regionCode: string,
): Promise<{ occupationName: string | null; regionName: string | null }> {
  // One after another: `tx` may be a transaction, whose one connection runs one query at a time.
  const [occupation] = await tx
    .select({ name: occupations.name })
    .from(occupations)
    .where(eq(occupations.code, occupationCode));
  const [region] = await tx.select({ name: regions.name }).from(regions).where(eq(regions.code, regionCode));
  return { occupationName: occupation?.name ?? null, regionName: region?.name ?? null };
}

// ---- signing keys ------------------------------------------------------------------------------

export async function activeKey(db: Executor): Promise<KeyRow | null> {
  const [row] = await db
    .select()
    .from(credentialKeys)
    .where(sql`${credentialKeys.retiredAt} is null`)
    .orderBy(desc(credentialKeys.createdAt))
    .limit(1);
  return row ?? null;
}

export async function insertKey(tx: Executor, values: typeof credentialKeys.$inferInsert): Promise<KeyRow> {
  const [row] = await tx.insert(credentialKeys).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function allKeys(db: Executor): Promise<KeyRow[]> {
  return db.select().from(credentialKeys).orderBy(asc(credentialKeys.createdAt));
}

/** Serialises key creation across app processes until the creating transaction ends. */
export async function lockKeyCreation(tx: Executor, lockId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${lockId})`);
}

// ---- verification misses -------------------------------------------------------------------------

/**
 * Records a miss of an address and counts its misses since `since`, the new one included, with the
 * oldest; the address's older misses are dropped on the way, so the table holds one window.
 */
export async function recordMiss(
  db: Executor,
  ip: string,
  at: Date,
  since: Date,
): Promise<{ misses: number; oldest: Date | null }> {
  await db
    .delete(verificationMisses)
    .where(and(eq(verificationMisses.ip, ip), lt(verificationMisses.occurredAt, since)));
  await db.insert(verificationMisses).values({ ip, occurredAt: at });
  const [row] = await db
    .select({ misses: count(), oldest: min(verificationMisses.occurredAt) })
    .from(verificationMisses)
    .where(and(eq(verificationMisses.ip, ip), gt(verificationMisses.occurredAt, since)));
  return { misses: row?.misses ?? 0, oldest: row?.oldest ?? null };
}
