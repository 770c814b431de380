import { certificates, type Executor } from '@qiancheng/db';
import { can, isRegionScoped } from '@qiancheng/domain';
import {
  buildCredential,
  CERTIFICATE_KIND_NAMES,
  type CertificateKind,
  certificateSeries,
  type EvaluationKind,
  formatCertificateNumber,
  type IssuerKind,
  issueProblems,
  normaliseCertificateNumber,
  SERIAL_LIMITS,
  seriesPrefix,
} from '@qiancheng/domain/credentials/index';
import { chinaCivilDate } from '@qiancheng/domain/identity/id-number';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { assertRecordInScope, regionScopeFilter } from '../../platform/access/region-scope';
import { appendAudit } from '../../platform/audit/recorder';
import { now } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import {
  AppError,
  type FieldProblem,
  fieldProblem,
  invalidFields,
  notFound,
} from '../../platform/http/app-error';
import type { Actor, RequestContext } from '../../platform/http/request-context';
import type { PeopleService } from '../people/service';
import { certificatePdf } from './certificate-pdf';
import * as repo from './repository';
import { CredentialSigner, type PublicJwk } from './signing-keys';
import { CertificateVerification } from './verification';
import { auditView, type CertificateView, certificateView, type VerificationAnswer } from './views';

/** What another module passes to issue a certificate inside its own transaction. */
export interface IssueInput {
  kind: CertificateKind;
  personId: string;
  /** The name printed on the certificate: the person's registered name. */
  holderName: string;
  enrolmentId?: string | null;
  classId?: string | null;
  occupationCode: string;
  skillLevel?: SkillLevelCode | null;
  issuer: {
    kind: IssuerKind;
    id: string;
    name: string;
    regionCode: string;
    /** 职业技能等级证书 only: the assessment body's code, evaluation site and kind of evaluation. */
    bodyCode?: string;
    siteCode?: string;
    evaluationKind?: EvaluationKind;
  };
  /** YYYY-MM-DD */
  issuedOn: string;
}

type Page = { page: number; pageSize: number };

/** The issuer kind an organisation account acts as. */
const ISSUER_KIND_OF_ROLE: Partial<Record<Actor['role'], IssuerKind>> = {
  institution: 'institution',
  assessor: 'assessment_body',
};

function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
}

/**
 * 证书 (notice measures 三(三), 三(四)): certificates issued by other modules inside their own
 * transactions (a class's completion, an evaluation), numbered without gaps per series, signed as
 * verifiable credentials, revoked with a reason by their issuer or staff of their region, printed
 * as PDF, and verified by anyone who has the number and the holder's name.
 */
export class CredentialsService {
  readonly #signer: CredentialSigner;
  readonly #verification: CertificateVerification;

  constructor(
    private readonly platform: PlatformContext,
    private readonly people: PeopleService,
  ) {
    this.#signer = new CredentialSigner(platform.vault);
    this.#verification = new CertificateVerification(platform.db);
  }

  private view(record: repo.CertificateRecord): CertificateView {
    return certificateView(record, this.platform.config.publicUrl);
  }

  /** The certificates an organisation account issued, by the issuer kind its role acts as. */
  private issuedBy(actor: Actor): SQL {
    const issuerKind = ISSUER_KIND_OF_ROLE[actor.role];
    if (!issuerKind || !actor.organizationId) return sql`false`;
    return and(eq(certificates.issuerKind, issuerKind), eq(certificates.issuerId, actor.organizationId))!;
  }

  private isIssuer(actor: Actor, certificate: repo.CertificateRow): boolean {
    return (
      ISSUER_KIND_OF_ROLE[actor.role] === certificate.issuerKind &&
      actor.organizationId !== null &&
      actor.organizationId === certificate.issuerId
    );
  }

  /** 404 unless the actor holds, issued, or (staff, auditors, administrators) oversees the certificate. */
  private assertVisible(actor: Actor, certificate: repo.CertificateRow): void {
    if (actor.role === 'worker') {
      if (!actor.personId || actor.personId !== certificate.personId) throw notFound();
    } else if (ISSUER_KIND_OF_ROLE[actor.role]) {
      if (!this.isIssuer(actor, certificate)) throw notFound();
    } else if (can(actor.role, 'certificates.read')) {
      assertRecordInScope(actor, certificate.regionCode);
    } else {
      throw notFound();
    }
  }

  private async visibleRecord(actor: Actor, id: string): Promise<repo.CertificateRecord> {
    const record = await repo.findRecord(this.platform.db, id);
    if (!record) throw notFound();
    this.assertVisible(actor, record.certificate);
    return record;
  }

  // ---- issuing -----------------------------------------------------------------------------

  private async checkIssue(
    tx: Executor,
    input: IssueInput,
  ): Promise<{ regionName: string; occupationName: string }> {
    const problems: FieldProblem[] = issueProblems(input).map((p) =>
      fieldProblem(p.field, p.reason, p.params),
    );
    const names = await repo.referenceNames(tx, input.occupationCode, input.issuer.regionCode);
    if (names.occupationName === null) problems.push(fieldProblem('occupationCode', 'unknown_occupation'));
    if (names.regionName === null && !problems.some((p) => p.field === 'issuer.regionCode')) {
      problems.push(fieldProblem('issuer.regionCode', 'unknown_region'));
    }
    const person = (await this.people.summaries(tx, [input.personId])).get(input.personId);
    if (!person) problems.push(fieldProblem('personId', 'certificate_person_unknown'));
    if (problems.length) throw invalidFields(...problems);
    return { regionName: names.regionName!, occupationName: names.occupationName! };
  }

  /**
   * Issues a certificate inside the caller's transaction: checks the request, takes the next serial
   * of its number's series, signs the credential and records it with an audit entry. A second
   * certificate of the same kind for one enrolment is refused while the first is in force.
   */
  async issue(tx: Executor, context: RequestContext, input: IssueInput): Promise<CertificateView> {
    const { regionName, occupationName } = await this.checkIssue(tx, input);
    const holderName = input.holderName.trim();
    const skillLevel = input.skillLevel ?? null;
    if (input.enrolmentId) {
      const existing = await repo.issuedForEnrolment(tx, input.enrolmentId, input.kind);
      if (existing) throw this.alreadyIssued(input.kind, existing.number);
    }
    const series = certificateSeries(input);
    const prefix = seriesPrefix(series);
    const serial = await repo.nextSerial(tx, prefix);
    if (serial > SERIAL_LIMITS[input.kind]) {
      throw new AppError('credentials.serials_exhausted', { params: { prefix } });
    }
    const number = formatCertificateNumber({ ...series, serial });
    const credential = buildCredential({
      publicUrl: this.platform.config.publicUrl,
      number,
      kind: input.kind,
      holderName,
      occupation: { code: input.occupationCode, name: occupationName },
      skillLevel,
      issuer: { kind: input.issuer.kind, id: input.issuer.id, name: input.issuer.name },
      issuedOn: input.issuedOn,
    });
    const { jws, keyId } = await this.#signer.sign(tx, credential);
    let row: repo.CertificateRow;
    try {
      row = await repo.insertCertificate(tx, {
        number,
        kind: input.kind,
        personId: input.personId,
        holderName,
        enrolmentId: input.enrolmentId ?? null,
        classId: input.classId ?? null,
        occupationCode: input.occupationCode,
        skillLevel,
        issuerKind: input.issuer.kind,
        issuerId: input.issuer.id,
        issuerName: input.issuer.name,
        regionCode: input.issuer.regionCode,
        issuedOn: input.issuedOn,
        credentialJws: jws,
        keyId,
        status: 'issued',
        issuedBy: context.actor?.userId ?? null,
      });
    } catch (error) {
      // Another transaction issued for the same enrolment in the meantime; the caller's rolls back.
      if (isUniqueViolation(error) && input.enrolmentId) throw this.alreadyIssued(input.kind, null);
      throw error;
    }
    await appendAudit(tx, context, [
      { action: 'certificate.issue', entityType: 'certificate', entityId: row.id, after: auditView(row) },
    ]);
    return this.view({ certificate: row, occupationName, regionName });
  }

  private alreadyIssued(kind: CertificateKind, number: string | null): AppError {
    return new AppError('credentials.already_issued', {
      params: {
        kindZh: CERTIFICATE_KIND_NAMES[kind]['zh-CN'],
        kindEn: CERTIFICATE_KIND_NAMES[kind]['en-US'],
        number: number ?? '—',
      },
    });
  }

  // ---- revoking ----------------------------------------------------------------------------

  /**
   * Revokes a certificate with a reason: its issuer, or staff whose region covers it. Anyone else
   * learns nothing (404). The row stays, marked revoked, and verification says so from now on.
   */
  async revoke(context: RequestContext, id: string, reason: string): Promise<CertificateView> {
    const actor = context.actor;
    if (!actor) throw new AppError('auth.unauthenticated');
    const view = await this.platform.db.transaction(async (tx) => {
      const before = await repo.lockCertificate(tx, id);
      if (!before) throw notFound();
      if (actor.role === 'staff') assertRecordInScope(actor, before.regionCode);
      else if (!this.isIssuer(actor, before)) throw notFound();
      if (before.status === 'revoked') {
        throw new AppError('credentials.already_revoked', {
          params: { revokedOn: before.revokedAt ? chinaCivilDate(before.revokedAt) : '—' },
        });
      }
      const after = await repo.revokeCertificate(tx, id, {
        revokedAt: now(),
        revokedReason: reason,
        revokedBy: actor.userId,
      });
      await appendAudit(tx, context, [
        {
          action: 'certificate.revoke',
          entityType: 'certificate',
          entityId: id,
          before: auditView(before),
          after: auditView(after),
          reason,
        },
      ]);
      const record = await repo.findRecord(tx, id);
      if (!record) throw notFound();
      return this.view(record);
    });
    this.#verification.forget(view.number);
    return view;
  }

  // ---- reading -----------------------------------------------------------------------------

  /** Staff, auditors and administrators see their region's certificates; issuers their own. */
  async list(
    actor: Actor,
    filter: repo.CertificateFilter & Page,
  ): Promise<{ items: CertificateView[]; total: number }> {
    let scope: SQL | undefined;
    if (ISSUER_KIND_OF_ROLE[actor.role]) scope = this.issuedBy(actor);
    else if (isRegionScoped(actor.role) && can(actor.role, 'certificates.read')) {
      scope = regionScopeFilter(actor, certificates.regionCode);
    } else throw new AppError('common.forbidden');
    const number = filter.number ? normaliseCertificateNumber(filter.number) : undefined;
    const page = await repo.listRecords(
      this.platform.db,
      and(scope, ...repo.filterConditions({ ...filter, number })),
      filter,
    );
    return { items: page.items.map((record) => this.view(record)), total: page.total };
  }

  /** Certificates issued for a class's enrolments, revoked ones included, for its results page. */
  async ofClass(classId: string, executor: Executor = this.platform.db): Promise<CertificateView[]> {
    return (await repo.recordsOfClass(executor, classId)).map((record) => this.view(record));
  }

  /** A certificate by id, without an actor: callers that quote or claim on it check their own scope. */
  async find(id: string, executor: Executor = this.platform.db): Promise<CertificateView | null> {
    const record = await repo.findRecord(executor, id);
    return record ? this.view(record) : null;
  }

  /** Certificates by id, without an actor, in one read; ids not found are absent from the map. */
  async findMany(
    ids: readonly string[],
    executor: Executor = this.platform.db,
  ): Promise<Map<string, CertificateView>> {
    const records = await repo.findRecords(executor, [...new Set(ids)]);
    return new Map(records.map((record) => [record.certificate.id, this.view(record)]));
  }

  /** A person's certificates, revoked ones included, for rules that weigh what they hold. */
  async ofPerson(personId: string, executor: Executor = this.platform.db): Promise<CertificateView[]> {
    return (await repo.recordsOfPerson(executor, personId)).map((record) => this.view(record));
  }

  async mine(actor: Actor): Promise<CertificateView[]> {
    if (!actor.personId) return [];
    return (await repo.recordsOfPerson(this.platform.db, actor.personId)).map((record) => this.view(record));
  }

  async get(actor: Actor, id: string): Promise<CertificateView> {
    return this.view(await this.visibleRecord(actor, id));
  }

  /** The signed credential (compact JWS) for its holder to keep or hand on. */
  async credential(actor: Actor, id: string): Promise<{ number: string; jws: string }> {
    const { certificate } = await this.visibleRecord(actor, id);
    return { number: certificate.number, jws: certificate.credentialJws };
  }

  async pdf(actor: Actor, id: string): Promise<{ number: string; pdf: Uint8Array }> {
    const view = this.view(await this.visibleRecord(actor, id));
    return { number: view.number, pdf: await certificatePdf(view) };
  }

  // ---- public ------------------------------------------------------------------------------

  verify(ip: string | null, number: string, name: string): Promise<VerificationAnswer> {
    return this.#verification.verify(ip, normaliseCertificateNumber(number), name);
  }

  jwks(): Promise<PublicJwk[]> {
    return this.#signer.publicKeys(this.platform.db);
  }
}
