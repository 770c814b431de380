import type { Executor } from '@qiancheng/db';
import { people } from '@qiancheng/db';
import { maskIdNumber, maskMobile, parseIdNumber } from '@qiancheng/domain/identity/index';
import { regionCodeRange } from '@qiancheng/domain/region/region-code';
import { type AnyColumn, and, asc, count, eq, gt, gte, ilike, inArray, lt, lte, type SQL } from 'drizzle-orm';
import { assertRecordInScope } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import type { PlatformContext } from '../../platform/context';
import { AppError, fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { ReferenceService } from '../reference/service';

export interface NewPerson {
  name: string;
  /** Already validated and normalised. */
  idNumber: string;
  mobile: string | null;
}

export interface PersonView {
  id: string;
  name: string;
  idNumberMasked: string;
  birthDate: string;
  gender: string;
  regionCode: string;
  regionName: string | null;
  mobileMasked: string | null;
}

export function idNumberRegistered(): AppError {
  return new AppError('people.id_number_registered', {
    details: [{ field: 'idNumber', reason: 'id_number_registered' }],
  });
}

/**
 * The registry of natural persons. ID numbers and phones are only ever stored encrypted; reading a
 * full ID number is a separate, audited act.
 */
export class PeopleService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
  ) {}

  /** The region a person is filed under: the county of their ID number, or the nearest level known. */
  private async homeRegion(idRegion: string): Promise<string> {
    for (const code of [idRegion, `${idRegion.slice(0, 4)}00`, `${idRegion.slice(0, 2)}0000`]) {
      if (await this.reference.regionExists(code)) return code;
    }
    return this.platform.config.deploymentRegion;
  }

  async register(
    tx: Executor,
    context: RequestContext,
    input: NewPerson,
  ): Promise<typeof people.$inferSelect> {
    const parsed = parseIdNumber(input.idNumber);
    if (!parsed.ok) throw new Error('register expects a validated ID number');
    const { vault } = this.platform;
    const idNumberHash = vault.lookupHash('id_number', parsed.value.idNumber);
    const [existing] = await tx
      .select({ id: people.id })
      .from(people)
      .where(eq(people.idNumberHash, idNumberHash));
    if (existing) throw idNumberRegistered();
    const [created] = await tx
      .insert(people)
      .values({
        name: input.name,
        idNumberCipher: vault.encrypt(parsed.value.idNumber),
        idNumberHash,
        idNumberMasked: maskIdNumber(parsed.value.idNumber),
        birthDate: parsed.value.birthDate,
        gender: parsed.value.gender,
        regionCode: await this.homeRegion(parsed.value.regionCode),
        mobileCipher: input.mobile ? vault.encrypt(input.mobile) : null,
        mobileHash: input.mobile ? vault.lookupHash('mobile', input.mobile) : null,
        mobileMasked: input.mobile ? maskMobile(input.mobile) : null,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    await appendAudit(tx, context, [
      {
        action: 'person.register',
        entityType: 'person',
        entityId: created.id,
        after: { name: created.name, idNumberMasked: created.idNumberMasked, regionCode: created.regionCode },
      },
    ]);
    return created;
  }

  /**
   * The person a worker opens their account as: registered now when new, or the one already in the
   * registry — a trainee first recorded through a class roster — when the name matches and, where
   * the registry holds a mobile number, so does the one given. Anything else is refused as an ID
   * number already registered, without saying which detail differed.
   */
  async forNewAccount(
    tx: Executor,
    context: RequestContext,
    input: NewPerson & { mobile: string },
  ): Promise<typeof people.$inferSelect> {
    const parsed = parseIdNumber(input.idNumber);
    if (!parsed.ok) throw new Error('forNewAccount expects a validated ID number');
    const { vault } = this.platform;
    const [existing] = await tx
      .select()
      .from(people)
      .where(eq(people.idNumberHash, vault.lookupHash('id_number', parsed.value.idNumber)))
      .for('update');
    if (!existing) return this.register(tx, context, input);
    const sameName = (a: string) => a.normalize('NFKC').replace(/\s+/g, '');
    const mobileMatches =
      !existing.mobileHash || existing.mobileHash === vault.lookupHash('mobile', input.mobile);
    if (sameName(existing.name) !== sameName(input.name) || !mobileMatches) throw idNumberRegistered();
    return existing;
  }

  /**
   * The person with this ID number, registering them when they are new: how staff record a walk-in
   * worker. An ID number already registered under another name is refused rather than merged,
   * because one of the two names is wrong and the person must be checked at the counter.
   */
  async findOrRegister(
    tx: Executor,
    context: RequestContext,
    input: NewPerson,
  ): Promise<typeof people.$inferSelect> {
    const parsed = parseIdNumber(input.idNumber);
    if (!parsed.ok) throw new Error('findOrRegister expects a validated ID number');
    const idNumberHash = this.platform.vault.lookupHash('id_number', parsed.value.idNumber);
    const [existing] = await tx.select().from(people).where(eq(people.idNumberHash, idNumberHash));
    if (!existing) return this.register(tx, context, input);
    const sameName = (a: string) => a.normalize('NFKC').replace(/\s+/g, '');
    if (sameName(existing.name) !== sameName(input.name)) {
      throw invalidFields(fieldProblem('name', 'person_name_mismatch'));
    }
    return existing;
  }

  /** People registered under these (validated, normalised) ID numbers: ID number → id and name. */
  async findByIdNumbers(
    executor: Executor,
    idNumbers: readonly string[],
  ): Promise<Map<string, { id: string; name: string }>> {
    if (idNumbers.length === 0) return new Map();
    const byHash = new Map(idNumbers.map((n) => [this.platform.vault.lookupHash('id_number', n), n]));
    const rows = await executor
      .select({ id: people.id, name: people.name, hash: people.idNumberHash })
      .from(people)
      .where(inArray(people.idNumberHash, [...byHash.keys()]));
    return new Map(rows.map((r) => [byHash.get(r.hash)!, { id: r.id, name: r.name }]));
  }

  /** The birth date and name of people, for rules about age and identity. */
  async identities(executor: Executor, ids: readonly string[]) {
    if (ids.length === 0)
      return new Map<string, { id: string; name: string; birthDate: string; regionCode: string }>();
    const rows = await executor
      .select({
        id: people.id,
        name: people.name,
        birthDate: people.birthDate,
        regionCode: people.regionCode,
      })
      .from(people)
      .where(inArray(people.id, [...new Set(ids)]));
    return new Map(rows.map((r) => [r.id, r]));
  }

  /**
   * Names and full ID numbers, for handing a person's record to another public system that keys
   * people by ID number (the electronic social security card). Not for display.
   */
  async fullIdentities(
    executor: Executor,
    ids: readonly string[],
  ): Promise<Map<string, { id: string; name: string; idNumber: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await executor
      .select({ id: people.id, name: people.name, cipher: people.idNumberCipher })
      .from(people)
      .where(inArray(people.id, [...new Set(ids)]));
    return new Map(
      rows.map((r) => [r.id, { id: r.id, name: r.name, idNumber: this.platform.vault.decrypt(r.cipher) }]),
    );
  }

  /**
   * People filed in a region's subtree and born between two days (inclusive), in id order after
   * `afterId`: a page of the candidates for something issued to many people at once.
   */
  async inRegionBornBetween(
    executor: Executor,
    query: { regionCode: string; bornFrom: string; bornTo: string; afterId: string | null; limit: number },
  ): Promise<{ id: string; birthDate: string; regionCode: string }[]> {
    const { from, to } = regionCodeRange(query.regionCode);
    return executor
      .select({ id: people.id, birthDate: people.birthDate, regionCode: people.regionCode })
      .from(people)
      .where(
        and(
          gte(people.regionCode, from),
          lt(people.regionCode, to),
          gte(people.birthDate, query.bornFrom),
          lte(people.birthDate, query.bornTo),
          query.afterId ? gt(people.id, query.afterId) : undefined,
        ),
      )
      .orderBy(asc(people.id))
      .limit(query.limit);
  }

  /** Names and masked ID numbers of people, for lists that show who a record concerns. */
  async summaries(
    executor: Executor,
    ids: string[],
  ): Promise<Map<string, { id: string; name: string; idNumberMasked: string }>> {
    if (ids.length === 0) return new Map();
    const rows = await executor
      .select({ id: people.id, name: people.name, idNumberMasked: people.idNumberMasked })
      .from(people)
      .where(inArray(people.id, [...new Set(ids)]));
    return new Map(rows.map((row) => [row.id, row]));
  }

  private async present(row: typeof people.$inferSelect): Promise<PersonView> {
    return {
      id: row.id,
      name: row.name,
      idNumberMasked: row.idNumberMasked,
      birthDate: row.birthDate,
      gender: row.gender,
      regionCode: row.regionCode,
      regionName: await this.reference.regionName(row.regionCode),
      mobileMasked: row.mobileMasked,
    };
  }

  private async findInScope(actor: Actor, id: string) {
    const [row] = await this.platform.db.select().from(people).where(eq(people.id, id));
    if (!row) throw notFound();
    assertRecordInScope(actor, row.regionCode);
    return row;
  }

  async get(actor: Actor, id: string): Promise<PersonView> {
    return this.present(await this.findInScope(actor, id));
  }

  /** The full ID number, for staff who must see it; every such read is in the audit trail. */
  async revealIdNumber(context: RequestContext, id: string, reason: string): Promise<string> {
    const row = await this.findInScope(context.actor!, id);
    await this.platform.db.transaction((tx) =>
      appendAudit(tx, context, [
        { action: 'person.read_id_number', entityType: 'person', entityId: id, reason },
      ]),
    );
    return this.platform.vault.decrypt(row.idNumberCipher);
  }

  /**
   * A condition for another module's query: its person column names someone whose name contains
   * `text` (LIKE wildcards in it match literally). The registry keeps its table; callers get SQL.
   */
  nameContains(personId: AnyColumn, text: string): SQL {
    const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return inArray(
      personId,
      this.platform.db.select({ id: people.id }).from(people).where(ilike(people.name, pattern)),
    );
  }

  async countByRegion(scope: SQL | undefined) {
    return this.platform.db
      .select({ regionCode: people.regionCode, total: count() })
      .from(people)
      .where(and(scope))
      .groupBy(people.regionCode);
  }
}
