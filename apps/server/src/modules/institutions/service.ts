import { createHash } from 'node:crypto';
import {
  type Executor,
  institutionFindings,
  institutionOccupations,
  institutionQualifications,
  institutionSites,
  institutionStatusDecisions,
  institutions,
  integrityPledges,
} from '@qiancheng/db';
import { CREDIT_STATUS_NAMES } from '@qiancheng/domain/institutions/credit-status';
import {
  type CreditStatus,
  decisionPeriodProblem,
  type ParticipationAction,
  PLEDGE_TEXT,
  PLEDGE_VERSION,
  participationBlock,
  qualificationState,
  qualificationSummary,
  statusInForce,
} from '@qiancheng/domain/institutions/index';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { assertRecordInScope, isRegionInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { today as chinaToday } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, type FieldProblem, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { DocumentsService } from '../documents/service';
import type { ReferenceService } from '../reference/service';
import type { UsersService } from '../users/service';
import * as repo from './repository';
import type {
  DecisionInput,
  FindingInput,
  InstitutionProfile,
  InstitutionRegistration,
  QualificationInput,
  SiteInput,
} from './schemas';
import { type InstitutionDetail, type InstitutionItem, presentDetail, presentItem } from './views';

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * 培训机构: registration by the institution's own account, review by staff, qualifications and
 * sites, credit status decisions and findings, and the integrity pledge. Other modules ask it
 * whether an institution may take part (`assertMayParticipate`) and never read its tables.
 */
export class InstitutionsService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly reference: ReferenceService,
    private readonly users: UsersService,
    private readonly documents: DocumentsService,
  ) {}

  // ── For other modules ────────────────────────────────────────────────────────────────────────

  /** The institution an institution account acts for; refused when the account has none. */
  async ownInstitutionId(actor: Actor): Promise<string> {
    if (actor.role !== 'institution' || !actor.organizationId) {
      throw new AppError('institutions.no_account_institution');
    }
    return actor.organizationId;
  }

  async summary(id: string, executor: Executor = this.platform.db) {
    const row = await repo.findInstitution(executor, id);
    if (!row) return null;
    const decisions = await repo.decisionsOf(executor, id);
    return {
      id: row.id,
      name: row.name,
      creditCode: row.creditCode,
      type: row.type,
      regionCode: row.regionCode,
      reviewStatus: row.reviewStatus as 'pending' | 'approved' | 'returned',
      creditStatus: statusInForce(decisions, chinaToday()),
    };
  }

  /** Names of several institutions at once, for lists in other modules. */
  async summaries(ids: readonly string[], executor: Executor = this.platform.db) {
    if (ids.length === 0) return new Map<string, { id: string; name: string; regionCode: string }>();
    const rows = await executor
      .select({ id: institutions.id, name: institutions.name, regionCode: institutions.regionCode })
      .from(institutions)
      .where(inArray(institutions.id, [...new Set(ids)]));
    return new Map(rows.map((row) => [row.id, row]));
  }

  /**
   * What the public may know of institutions (selected ones, shown on the portal): name, type,
   * region, address, sites in use and occupations — no contacts, documents or credit records.
   */
  async publicProfiles(ids: readonly string[]) {
    if (ids.length === 0) return [];
    const unique = [...new Set(ids)];
    const db = this.platform.db;
    const [rows, occupationRows, siteRows] = await Promise.all([
      db.select().from(institutions).where(inArray(institutions.id, unique)),
      repo.occupationsOfMany(db, unique),
      repo.activeSitesOfMany(db, unique),
    ]);
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        name: row.name,
        type: row.type,
        regionCode: row.regionCode,
        regionName: (await this.reference.regionName(row.regionCode)) ?? row.regionCode,
        address: row.address,
        introduction: row.introduction,
        occupations: occupationRows
          .filter((o) => o.institutionId === row.id)
          .map(({ code, name }) => ({ code, name })),
        sites: siteRows
          .filter(({ site }) => site.institutionId === row.id)
          .map(({ site, regionName }) => ({
            name: site.name,
            address: site.address,
            regionName,
            capacity: site.capacity,
          })),
      })),
    );
  }

  /** 404 unless the caller may see the institution: its own account, or staff whose scope covers it. */
  async assertVisible(
    actor: Actor,
    id: string,
    executor: Executor = this.platform.db,
  ): Promise<repo.InstitutionRow> {
    const row = await repo.findInstitution(executor, id);
    if (!row) throw new AppError('common.not_found');
    if (actor.role === 'institution') {
      if (actor.organizationId !== row.id) throw new AppError('common.not_found');
    } else {
      assertRecordInScope(actor, row.regionCode);
    }
    return row;
  }

  /**
   * Refuses an institution that may not apply for selection or file a class: not approved,
   * suspended or blacklisted, an expired qualification, or (to file) no signed pledge.
   */
  async assertMayParticipate(
    executor: Executor,
    institutionId: string,
    action: ParticipationAction,
  ): Promise<void> {
    const row = await repo.findInstitution(executor, institutionId);
    if (!row) throw new AppError('common.not_found');
    const today = chinaToday();
    // One after another: the executor may be a transaction, whose one connection runs one query at a time.
    const decisions = await repo.decisionsOf(executor, institutionId);
    const qualifications = await repo.qualificationsOf(executor, institutionId);
    const pledge = await repo.pledgeOf(executor, institutionId, PLEDGE_VERSION);
    const block = participationBlock(
      {
        reviewStatus: row.reviewStatus as 'pending' | 'approved' | 'returned',
        creditStatus: statusInForce(decisions, today),
        qualifications,
        pledgeSigned: pledge !== null,
      },
      action,
      today,
    );
    if (!block) return;
    switch (block.code) {
      case 'institutions.status_forbids':
        throw new AppError(block.code, {
          params: {
            statusZh: CREDIT_STATUS_NAMES[block.status]['zh-CN'],
            statusEn: CREDIT_STATUS_NAMES[block.status]['en-US'].toLowerCase(),
          },
        });
      case 'institutions.qualification_expired':
        throw new AppError(block.code, { params: { expired: block.expired } });
      case 'institutions.pledge_missing':
        throw new AppError(block.code, { params: { version: PLEDGE_VERSION } });
      default:
        throw new AppError(block.code);
    }
  }

  /** The credit status in force today of several institutions (supervision weighs its draws by it). */
  async standings(ids: readonly string[], executor: Executor = this.platform.db) {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map<string, CreditStatus>();
    const byInstitution = new Map<string, repo.DecisionRow[]>(unique.map((id) => [id, []]));
    for (const decision of await repo.decisionsOfMany(executor, unique)) {
      byInstitution.get(decision.institutionId)!.push(decision);
    }
    const today = chinaToday();
    return new Map(unique.map((id) => [id, statusInForce(byInstitution.get(id)!, today)]));
  }

  /** How many findings each institution has had since `since` (a civil date); absent means none. */
  async findingCounts(ids: readonly string[], since: string, executor: Executor = this.platform.db) {
    const unique = [...new Set(ids)];
    if (unique.length === 0) return new Map<string, number>();
    const rows = await repo.findingCountsSince(executor, unique, since);
    return new Map(rows.map((row) => [row.institutionId, row.total]));
  }

  /** Active sites of an institution by id, for offers and filings. */
  async activeSites(executor: Executor, institutionId: string) {
    return (await repo.sitesOf(executor, institutionId)).map((r) => r.site);
  }

  async qualifiedOccupations(executor: Executor, institutionId: string): Promise<Set<string>> {
    return new Set((await repo.occupationsOf(executor, institutionId)).map((o) => o.code));
  }

  // ── Registration ─────────────────────────────────────────────────────────────────────────────

  /**
   * An institution registers itself: its account and its registration are created together and
   * wait for staff review; the new account is signed in so it can upload its documents.
   */
  async register(context: RequestContext, input: InstitutionRegistration, userAgent: string | null) {
    await this.validateRegistration(input);
    const result = await this.platform.db
      .transaction(async (tx) => {
        const user = await this.users.create(
          context,
          {
            username: input.account.username,
            password: input.account.password,
            displayName: input.institution.contactName,
            role: 'institution',
            regionCode: input.institution.regionCode,
            organizationName: input.institution.name,
            mobile: input.institution.contactPhone,
          },
          tx,
        );
        const created = await this.insertInstitution(tx, { ...context, actor: null }, input, user.id);
        await this.users.linkOrganization(tx, context, user.id, created.id);
        const session = await this.platform.sessions.create(tx, user.id, { ip: context.ip, userAgent });
        return { institutionId: created.id, userId: user.id, session };
      })
      .catch((error: unknown) => {
        if (isUniqueViolation(error) && !(error instanceof AppError)) {
          throw new AppError('institutions.credit_code_taken', {
            params: { creditCode: input.institution.creditCode },
          });
        }
        throw error;
      });
    return { ...result, user: await this.users.presentById(result.userId) };
  }

  /**
   * A registration for an institution account that already exists (created by an administrator or
   * by seeding): validated like a self-registration, then linked to the account.
   */
  async registerForAccount(
    context: RequestContext,
    userId: string,
    input: Omit<InstitutionRegistration, 'account'>,
  ): Promise<string> {
    await this.validateRegistration({ ...input, account: { username: '', password: '' } });
    return this.platform.db.transaction(async (tx) => {
      const created = await this.insertInstitution(
        tx,
        context,
        { ...input, account: { username: '', password: '' } },
        userId,
      );
      await this.users.linkOrganization(tx, context, userId, created.id);
      return created.id;
    });
  }

  private async insertInstitution(
    tx: Executor,
    context: RequestContext,
    input: InstitutionRegistration,
    userId: string,
  ): Promise<repo.InstitutionRow> {
    const { vault } = this.platform;
    const [row] = await tx
      .insert(institutions)
      .values({
        creditCode: input.institution.creditCode,
        name: input.institution.name,
        type: input.institution.type,
        regionCode: input.institution.regionCode,
        address: input.institution.address,
        legalRepresentative: input.institution.legalRepresentative,
        contactName: input.institution.contactName,
        contactPhoneCipher: vault.encrypt(input.institution.contactPhone),
        contactPhoneMasked: `${input.institution.contactPhone.slice(0, 3)}****${input.institution.contactPhone.slice(7)}`,
        introduction: input.institution.introduction ?? null,
        reviewStatus: 'pending',
        createdBy: userId,
      })
      .returning();
    const institution = row!;
    if (input.qualifications.length) {
      await tx
        .insert(institutionQualifications)
        .values(input.qualifications.map((q) => ({ ...q, institutionId: institution.id, documentId: null })));
    }
    await tx
      .insert(institutionSites)
      .values(input.sites.map((s) => ({ ...s, institutionId: institution.id })));
    await tx
      .insert(institutionOccupations)
      .values(
        input.occupationCodes.map((occupationCode) => ({ institutionId: institution.id, occupationCode })),
      );
    await appendAudit(tx, { ...context, actor: context.actor }, [
      {
        action: 'institution.register',
        entityType: 'institution',
        entityId: institution.id,
        after: {
          creditCode: institution.creditCode,
          name: institution.name,
          type: institution.type,
          regionCode: institution.regionCode,
          qualifications: input.qualifications.length,
          sites: input.sites.length,
          occupations: input.occupationCodes,
        },
      },
    ]);
    return institution;
  }

  private async validateRegistration(input: InstitutionRegistration): Promise<void> {
    const problems: FieldProblem[] = [];
    const region = input.institution.regionCode;
    if (!(await this.knownRegion(region)))
      problems.push(fieldProblem('institution.regionCode', 'unknown_region'));
    problems.push(...(await this.siteProblems(input.sites, 'sites')));
    problems.push(...this.qualificationProblems(input.qualifications, 'qualifications'));
    problems.push(...(await this.occupationProblems(input.occupationCodes)));
    if (problems.length) throw invalidFields(...problems);
    if (await repo.findByCreditCode(this.platform.db, input.institution.creditCode)) {
      throw new AppError('institutions.credit_code_taken', {
        params: { creditCode: input.institution.creditCode },
      });
    }
  }

  private async knownRegion(code: string): Promise<boolean> {
    const deployment = this.platform.config.deploymentRegion;
    return (await this.reference.regionExists(code)) && code.slice(0, 2) === deployment.slice(0, 2);
  }

  private async siteProblems(sites: readonly SiteInput[], prefix: string): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    for (const [index, site] of sites.entries()) {
      if (!(await this.knownRegion(site.regionCode))) {
        problems.push(fieldProblem(`${prefix}.${index}.regionCode`, 'unknown_region'));
      }
    }
    return problems;
  }

  private qualificationProblems(
    qualifications: readonly QualificationInput[],
    prefix: string,
  ): FieldProblem[] {
    const today = chinaToday();
    const problems: FieldProblem[] = [];
    qualifications.forEach((q, index) => {
      if (q.validUntil !== null && q.validUntil < q.validFrom) {
        problems.push(fieldProblem(`${prefix}.${index}.validUntil`, 'qualification_dates'));
      } else if (qualificationState(q, today) === 'expired') {
        problems.push(
          fieldProblem(`${prefix}.${index}.validUntil`, 'qualification_expired', {
            validUntil: q.validUntil,
          }),
        );
      }
    });
    return problems;
  }

  private async occupationProblems(codes: readonly string[]): Promise<FieldProblem[]> {
    const known = await this.reference.occupationsByCode(codes);
    return codes.flatMap((code, index) =>
      known.has(code) ? [] : [fieldProblem(`occupationCodes.${index}`, 'unknown_occupation')],
    );
  }

  // ── Reading ──────────────────────────────────────────────────────────────────────────────────

  async list(
    actor: Actor,
    filter: repo.InstitutionFilter & { page: number; pageSize: number },
  ): Promise<{ items: InstitutionItem[]; total: number }> {
    const today = chinaToday();
    const where = and(
      regionScopeFilter(actor, institutions.regionCode),
      ...repo.filterConditions(filter, today),
    );
    const { items, total } = await repo.listInstitutions(this.platform.db, where, today, filter);
    return { items: items.map(presentItem), total };
  }

  async detail(actor: Actor, id: string): Promise<InstitutionDetail> {
    const row = await this.assertVisible(actor, id);
    return this.present(row);
  }

  async mine(actor: Actor): Promise<InstitutionDetail> {
    const id = await this.ownInstitutionId(actor);
    return this.detail(actor, id);
  }

  private async present(row: repo.InstitutionRow): Promise<InstitutionDetail> {
    const db = this.platform.db;
    const today = chinaToday();
    const [qualifications, sites, occupationRows, decisions, findings, pledge, regionName] =
      await Promise.all([
        repo.qualificationsOf(db, row.id),
        repo.sitesOf(db, row.id, true),
        repo.occupationsOf(db, row.id),
        repo.decisionsOf(db, row.id),
        repo.findingsOf(db, row.id),
        repo.pledgeOf(db, row.id, PLEDGE_VERSION),
        this.reference.regionName(row.regionCode),
      ]);
    return presentDetail({
      row,
      regionName,
      qualifications,
      sites,
      occupations: occupationRows,
      decisions,
      findings,
      pledge,
      today,
      creditStatus: statusInForce(decisions, today),
      summary: qualificationSummary(qualifications, today),
    });
  }

  // ── The institution keeps its own registration ──────────────────────────────────────────────

  /**
   * Contact details change freely; a change of name, type, legal representative or region sends an
   * approved registration back to review, because selection relied on them.
   */
  async updateOwn(context: RequestContext, patch: InstitutionProfile): Promise<InstitutionDetail> {
    const actor = context.actor!;
    const id = await this.ownInstitutionId(actor);
    if (patch.regionCode && !(await this.knownRegion(patch.regionCode))) {
      throw invalidFields(fieldProblem('regionCode', 'unknown_region'));
    }
    const { vault } = this.platform;
    await this.platform.db.transaction(async (tx) => {
      const before = (await repo.findInstitutionForUpdate(tx, id))!;
      const identityChanged =
        (patch.name !== undefined && patch.name !== before.name) ||
        (patch.type !== undefined && patch.type !== before.type) ||
        (patch.legalRepresentative !== undefined &&
          patch.legalRepresentative !== before.legalRepresentative) ||
        (patch.regionCode !== undefined && patch.regionCode !== before.regionCode);
      const { contactPhone, ...rest } = patch;
      const reviewStatus =
        identityChanged && before.reviewStatus === 'approved' ? 'pending' : before.reviewStatus;
      const [after] = await tx
        .update(institutions)
        .set({
          ...rest,
          ...(contactPhone
            ? {
                contactPhoneCipher: vault.encrypt(contactPhone),
                contactPhoneMasked: `${contactPhone.slice(0, 3)}****${contactPhone.slice(7)}`,
              }
            : {}),
          reviewStatus,
          updatedAt: new Date(),
        })
        .where(eq(institutions.id, id))
        .returning();
      if (after!.regionCode !== before.regionCode) {
        await this.users.moveOrganizationAccounts(tx, context, id, after!.regionCode);
      }
      await appendAudit(tx, context, [
        {
          action: 'institution.update',
          entityType: 'institution',
          entityId: id,
          before: { ...pickProfile(before), reviewStatus: before.reviewStatus },
          after: { ...pickProfile(after!), reviewStatus: after!.reviewStatus },
        },
      ]);
    });
    return this.detail(actor, id);
  }

  /** A returned registration goes back to staff once the institution has corrected it. */
  async resubmit(context: RequestContext): Promise<InstitutionDetail> {
    const actor = context.actor!;
    const id = await this.ownInstitutionId(actor);
    await this.platform.db.transaction(async (tx) => {
      const row = (await repo.findInstitutionForUpdate(tx, id))!;
      if (row.reviewStatus !== 'returned') throw this.notReviewable(row.reviewStatus);
      await tx
        .update(institutions)
        .set({ reviewStatus: 'pending', updatedAt: new Date() })
        .where(eq(institutions.id, id));
      await appendAudit(tx, context, [
        {
          action: 'institution.resubmit',
          entityType: 'institution',
          entityId: id,
          before: { reviewStatus: 'returned' },
          after: { reviewStatus: 'pending' },
        },
      ]);
    });
    return this.detail(actor, id);
  }

  async addQualification(
    context: RequestContext,
    input: QualificationInput & { documentId?: string | null },
  ) {
    const actor = context.actor!;
    const id = await this.ownInstitutionId(actor);
    const problems = this.qualificationProblems([input], 'qualification');
    if (problems.length)
      throw invalidFields(...problems.map((p) => ({ ...p, field: p.field.replace('qualification.0.', '') })));
    await this.platform.db.transaction(async (tx) => {
      await this.documents.assertAttachable(tx, actor, [{ field: 'documentId', id: input.documentId }]);
      const [row] = await tx
        .insert(institutionQualifications)
        .values({ ...input, documentId: input.documentId ?? null, institutionId: id })
        .returning();
      await appendAudit(tx, context, [
        { action: 'institution.qualification.add', entityType: 'institution', entityId: id, after: row },
      ]);
    });
    return this.detail(actor, id);
  }

  async removeQualification(context: RequestContext, qualificationId: string) {
    const actor = context.actor!;
    const id = await this.ownInstitutionId(actor);
    await this.platform.db.transaction(async (tx) => {
      const [removed] = await tx
        .delete(institutionQualifications)
        .where(
          and(
            eq(institutionQualifications.id, qualificationId),
            eq(institutionQualifications.institutionId, id),
          ),
        )
        .returning();
      if (!removed) throw new AppError('common.not_found');
      await appendAudit(tx, context, [
        {
          action: 'institution.qualification.remove',
          entityType: 'institution',
          entityId: id,
          before: removed,
        },
      ]);
    });
    return this.detail(actor, id);
  }

  async addSite(context: RequestContext, input: SiteInput) {
    const actor = context.actor!;
    const id = await this.ownInstitutionId(actor);
    const problems = await this.siteProblems([input], 'site');
    if (problems.length) throw invalidFields(fieldProblem('regionCode', 'unknown_region'));
    await this.platform.db.transaction(async (tx) => {
      const [row] = await tx
        .insert(institutionSites)
        .values({ ...input, institutionId: id })
        .returning();
      await appendAudit(tx, context, [
        { action: 'institution.site.add', entityType: 'institution', entityId: id, after: row },
      ]);
    });
    return this.detail(actor, id);
  }

  /** A site is retired, not deleted: classes and offers that used it keep pointing at it. */
  async retireSite(context: RequestContext, siteId: string) {
    const actor = context.actor!;
    const id = await this.ownInstitutionId(actor);
    await this.platform.db.transaction(async (tx) => {
      const [retired] = await tx
        .update(institutionSites)
        .set({ retiredAt: new Date() })
        .where(
          and(
            eq(institutionSites.id, siteId),
            eq(institutionSites.institutionId, id),
            isNull(institutionSites.retiredAt),
          ),
        )
        .returning();
      if (!retired) throw new AppError('common.not_found');
      await appendAudit(tx, context, [
        { action: 'institution.site.retire', entityType: 'institution', entityId: id, after: { siteId } },
      ]);
    });
    return this.detail(actor, id);
  }

  async setOccupations(context: RequestContext, codes: string[]) {
    const actor = context.actor!;
    const id = await this.ownInstitutionId(actor);
    const problems = await this.occupationProblems(codes);
    if (problems.length) throw invalidFields(...problems);
    await this.platform.db.transaction(async (tx) => {
      const before = (await repo.occupationsOf(tx, id)).map((o) => o.code);
      await tx.delete(institutionOccupations).where(eq(institutionOccupations.institutionId, id));
      await tx
        .insert(institutionOccupations)
        .values([...new Set(codes)].map((occupationCode) => ({ institutionId: id, occupationCode })));
      await appendAudit(tx, context, [
        { action: 'institution.occupations', entityType: 'institution', entityId: id, before, after: codes },
      ]);
    });
    return this.detail(actor, id);
  }

  // ── The integrity pledge ────────────────────────────────────────────────────────────────────

  async pledge(actor: Actor) {
    const id = await this.ownInstitutionId(actor);
    const signed = await repo.pledgeOf(this.platform.db, id, PLEDGE_VERSION);
    return {
      version: PLEDGE_VERSION,
      text: PLEDGE_TEXT,
      signed: signed ? { signerName: signed.signerName, signedAt: signed.signedAt.toISOString() } : null,
    };
  }

  async signPledge(context: RequestContext, input: { signerName: string; version: string }) {
    const actor = context.actor!;
    const id = await this.ownInstitutionId(actor);
    if (input.version !== PLEDGE_VERSION) {
      throw invalidFields(fieldProblem('version', 'pledge_version_outdated', { current: PLEDGE_VERSION }));
    }
    await this.platform.db.transaction(async (tx) => {
      const existing = await repo.pledgeOf(tx, id, PLEDGE_VERSION);
      if (existing) {
        throw new AppError('institutions.pledge_signed', {
          params: { signedAt: existing.signedAt.toISOString().slice(0, 10) },
        });
      }
      const [row] = await tx
        .insert(integrityPledges)
        .values({
          institutionId: id,
          textVersion: PLEDGE_VERSION,
          textSha256: sha256(PLEDGE_TEXT),
          signerName: input.signerName,
          signedBy: actor.userId,
          clientAddress: context.ip,
        })
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'institution.pledge.sign',
          entityType: 'institution',
          entityId: id,
          after: { version: row!.textVersion, textSha256: row!.textSha256, signerName: row!.signerName },
        },
      ]);
    });
    return this.pledge(actor);
  }

  // ── Staff: review, status, findings ─────────────────────────────────────────────────────────

  private notReviewable(status: string) {
    const names: Record<string, [string, string]> = {
      pending: ['待审核', 'pending'],
      approved: ['已通过', 'approved'],
      returned: ['已退回', 'returned'],
    };
    const [statusZh, statusEn] = names[status] ?? [status, status];
    return new AppError('institutions.not_reviewable', { params: { statusZh, statusEn } });
  }

  async review(
    context: RequestContext,
    id: string,
    input: { decision: 'approve' | 'return'; note?: string },
  ) {
    const actor = context.actor!;
    await this.assertVisible(actor, id);
    if (input.decision === 'return' && !input.note?.trim()) {
      throw invalidFields(fieldProblem('note', 'return_note_required'));
    }
    await this.platform.db.transaction(async (tx) => {
      const row = (await repo.findInstitutionForUpdate(tx, id))!;
      if (row.reviewStatus !== 'pending') throw this.notReviewable(row.reviewStatus);
      const reviewStatus = input.decision === 'approve' ? 'approved' : 'returned';
      await tx
        .update(institutions)
        .set({
          reviewStatus,
          reviewNote: input.note?.trim() || null,
          reviewedBy: actor.userId,
          reviewedAt: new Date(),
          updatedAt: new Date(),
        })
        .where(eq(institutions.id, id));
      await appendAudit(tx, context, [
        {
          action: `institution.review.${input.decision}`,
          entityType: 'institution',
          entityId: id,
          before: { reviewStatus: row.reviewStatus },
          after: { reviewStatus },
          reason: input.note?.trim() || null,
        },
      ]);
    });
    return this.detail(actor, id);
  }

  async decideStatus(context: RequestContext, id: string, input: DecisionInput) {
    const actor = context.actor!;
    await this.assertVisible(actor, id);
    const effectiveFrom = input.effectiveFrom ?? chinaToday();
    const decision = {
      status: input.status as CreditStatus,
      effectiveFrom,
      effectiveUntil: input.effectiveUntil ?? null,
    };
    const problem = decisionPeriodProblem(decision);
    if (problem) throw invalidFields(fieldProblem('effectiveUntil', problem));
    await this.platform.db.transaction(async (tx) => {
      const before = statusInForce(await repo.decisionsOf(tx, id), chinaToday());
      const [row] = await tx
        .insert(institutionStatusDecisions)
        .values({ institutionId: id, ...decision, reason: input.reason, decidedBy: actor.userId })
        .returning();
      await appendAudit(tx, context, [
        {
          action: 'institution.status',
          entityType: 'institution',
          entityId: id,
          before: { creditStatus: before },
          after: {
            status: row!.status,
            effectiveFrom: row!.effectiveFrom,
            effectiveUntil: row!.effectiveUntil,
          },
          reason: input.reason,
        },
      ]);
    });
    return this.detail(actor, id);
  }

  async addFinding(context: RequestContext, id: string, input: FindingInput) {
    const actor = context.actor!;
    await this.assertVisible(actor, id);
    await this.recordFinding(this.platform.db, context, id, input);
    return this.detail(actor, id);
  }

  /**
   * Supervision and other modules record findings through here, inside their own transaction.
   * Returns the finding's id, so the record that found it can point at it.
   */
  async recordFinding(
    executor: Executor,
    context: RequestContext,
    institutionId: string,
    input: FindingInput,
  ): Promise<string> {
    const write = async (tx: Executor) => {
      const [row] = await tx
        .insert(institutionFindings)
        .values({ institutionId, ...input, recordedBy: context.actor?.userId ?? null })
        .returning();
      await appendAudit(tx, context, [
        { action: 'institution.finding', entityType: 'institution', entityId: institutionId, after: row },
      ]);
      return row!.id;
    };
    if (executor === this.platform.db) return this.platform.db.transaction(write);
    return write(executor);
  }

  /** For region-scoped staff: is the institution in their region (used by lists in other modules). */
  inScope(actor: Actor, regionCode: string): boolean {
    return isRegionInScope(actor, regionCode);
  }
}

function pickProfile(row: repo.InstitutionRow) {
  return {
    name: row.name,
    type: row.type,
    regionCode: row.regionCode,
    address: row.address,
    legalRepresentative: row.legalRepresentative,
    contactName: row.contactName,
    contactPhoneMasked: row.contactPhoneMasked,
    introduction: row.introduction,
  };
}
