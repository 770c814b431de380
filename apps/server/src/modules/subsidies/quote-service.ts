import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import { insuredMonthsThrough, pensionSchemeOn } from '@qiancheng/domain/subsidy/insurance-facts';
import type { ConsumablesCategory } from '@qiancheng/domain/subsidy/policy';
import type {
  CertificateResult,
  EmploymentEvidence,
  PriorSubsidy,
  SubsidyQuote,
} from '@qiancheng/domain/subsidy/quote-types';
import { quoteSkillUpgradeSubsidy } from '@qiancheng/domain/subsidy/skill-upgrade';
import { quoteTrainingSubsidy } from '@qiancheng/domain/subsidy/training-subsidy';
import { isRegionInScope } from '../../platform/access/region-scope';
import { today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/http/app-error';
import type { Actor } from '../../platform/http/request-context';
import type { AssessmentService } from '../assessment/service';
import type { AttendanceService } from '../attendance/service';
import type { CalendarService } from '../calendar/service';
import type { ClassesService } from '../classes/service';
import type { CredentialsService } from '../credentials/service';
import type { CertificateView } from '../credentials/views';
import type { PeopleService } from '../people/service';
import type { ProjectsService } from '../projects/service';
import type { ReferenceService } from '../reference/service';
import * as facts from './facts-repository';
import type { EffectivePolicy, SubsidyPoliciesService } from './policy-service';
import type { QuoteInput } from './quote-schemas';
import { presentQuote, type QuoteContext, type QuoteView } from './quote-views';
import {
  approvedOnOf,
  bestCertificate,
  certificateResult,
  employmentEvidence,
  filingLeadOf,
  priorSubsidy,
  trainingSubsidyInput,
} from './training-input';

export interface QuoteDeps {
  policies: SubsidyPoliciesService;
  classes: ClassesService;
  attendance: AttendanceService;
  assessment: AssessmentService;
  credentials: CredentialsService;
  calendar: CalendarService;
  projects: ProjectsService;
  people: PeopleService;
  reference: ReferenceService;
}

type Person = { id: string; name: string; birthDate: string; regionCode: string; idNumberMasked: string };

/**
 * 补贴测算: gathers what the system records about a person — identity, enrolment, attendance,
 * results, certificates, insurance, employment evidence and subsidies already granted — and runs
 * the same domain rules that claims are checked by, under the policy in force. Workers quote for
 * themselves; staff for people and classes of their region.
 */
export class QuoteService {
  constructor(
    private readonly platform: PlatformContext,
    private readonly deps: QuoteDeps,
  ) {}

  async quote(actor: Actor, input: QuoteInput): Promise<QuoteView> {
    switch (input.kind) {
      case 'enrolment':
        return this.enrolmentQuote(actor, input.enrolmentId);
      case 'certificate':
        return this.certificateQuote(actor, input.certificateId, input.applicationDate ?? today());
      case 'training_plan':
        return this.trainingPlanQuote(actor, input);
      case 'upgrade_plan':
        return this.upgradePlanQuote(actor, input);
    }
  }

  /** The training subsidy of one trainee in one class, from the class's records. */
  async trainingInput(enrolmentId: string, asOf: string) {
    const db = this.platform.db;
    const found = await this.deps.classes.enrolmentWithClass(enrolmentId, db);
    if (!found) throw notFound();
    const { enrolment, class: row } = found;
    const [person, project, hours, completions, certificates, calendar, history, evidence, insurance] =
      await Promise.all([
        this.person(enrolment.personId),
        this.deps.projects.findByIds([row.projectId], db).then((rows) => rows[0]),
        this.deps.attendance.traineeHours(row.id, [enrolment.personId], db),
        this.deps.assessment.completionsOf([enrolment.id], db),
        this.deps.credentials.ofPerson(enrolment.personId, db),
        this.deps.calendar.calendarOf(row.regionCode, row.filedOn ?? row.startDate, row.startDate, db),
        this.history(enrolment.personId),
        this.evidence(enrolment.personId),
        facts.insuranceOf(db, enrolment.personId),
      ]);
    const input = trainingSubsidyInput(
      {
        class: row,
        filingLeadWorkingDays: filingLeadOf(row, calendar),
        approvedOn: approvedOnOf(row),
        consumables: project?.consumables ?? null,
        enrolment,
        birthDate: person.birthDate,
        hours: hours.get(enrolment.personId) ?? { scheduledTenths: 0, attendedTenths: 0 },
        completionPassed: completions.get(enrolment.id) ?? null,
        certificate: bestCertificate(certificates, enrolment.id),
        insurance,
        employment: evidence,
        grants: history,
      },
      asOf,
    );
    return { input, person, class: row, project };
  }

  /**
   * The training subsidy of one enrolment under the policy in force on its class's first day: what
   * the quote page shows and what a claim line is built from.
   */
  async enrolmentTraining(enrolmentId: string, asOf: string = today()) {
    const { input, person, class: row } = await this.trainingInput(enrolmentId, asOf);
    const policy = await this.deps.policies.effective(row.regionCode, row.startDate);
    const quote = quoteTrainingSubsidy(input, policy.policy, policy.version);
    return { quote, person, class: row, policy, certificateId: input.result?.certificateId ?? null };
  }

  private async enrolmentQuote(actor: Actor, enrolmentId: string): Promise<QuoteView> {
    const { quote, person, class: row, policy } = await this.enrolmentTraining(enrolmentId);
    this.assertMayQuote(actor, person, row.regionCode);
    return this.present(quote, person, policy, {
      occupationCode: row.occupationCode,
      title: `${row.code} ${row.name}`,
    });
  }

  private async certificateQuote(actor: Actor, certificateId: string, applicationDate: string) {
    const { quote, person, certificate, policy } = await this.certificateUpgrade(
      certificateId,
      applicationDate,
    );
    this.assertMayQuote(actor, person, certificate.regionCode);
    return this.present(quote, person, policy, {
      occupationCode: certificate.occupationCode,
      title: certificate.number,
    });
  }

  /**
   * The skill-upgrade subsidy of an issued skill-level certificate applied for on `applicationDate`:
   * what the quote page shows and what a worker's application is built from. Callers check scope;
   * with `holderId`, another person's certificate is not found, whatever state it is in.
   */
  async certificateUpgrade(certificateId: string, applicationDate: string, holderId?: string) {
    const certificate = await this.certificate(certificateId);
    if (holderId !== undefined && certificate.personId !== holderId) throw notFound();
    const person = await this.person(certificate.personId);
    if (certificate.status !== 'issued' || certificate.kind !== 'skill_level' || !certificate.skillLevel) {
      throw new AppError('subsidies.certificate_not_upgradable');
    }
    const { quote, policy } = await this.upgradeQuote(person, {
      occupationCode: certificate.occupationCode,
      result: certificateResult(certificate),
      applicationDate,
    });
    return { quote, person, certificate, policy };
  }

  private async upgradePlanQuote(actor: Actor, input: Extract<QuoteInput, { kind: 'upgrade_plan' }>) {
    const person = await this.subject(actor, input);
    this.assertMayQuote(actor, person, person.regionCode);
    const { quote, policy } = await this.upgradeQuote(person, {
      occupationCode: input.occupationCode,
      result: {
        certificateType: input.certificateType,
        level: input.level,
        certificateDate: input.certificateDate,
      },
      applicationDate: input.applicationDate ?? today(),
    });
    return this.present(quote, person, policy, {
      occupationCode: input.occupationCode,
      title: input.occupationCode,
    });
  }

  private async upgradeQuote(
    person: Person,
    certificate: {
      occupationCode: string;
      result: CertificateResult;
      applicationDate: string;
    },
  ): Promise<{ quote: SubsidyQuote; policy: EffectivePolicy }> {
    const [insurance, history, policy] = await Promise.all([
      facts.insuranceOf(this.platform.db, person.id),
      this.history(person.id),
      this.deps.policies.effective(person.regionCode, certificate.applicationDate),
    ]);
    const quote = quoteSkillUpgradeSubsidy(
      {
        person: {
          insuredMonthsAtCertificateDate: insuredMonthsThrough(insurance, certificate.result.certificateDate),
        },
        certificate: { ...certificate.result, occupationCode: certificate.occupationCode },
        applicationDate: certificate.applicationDate,
        history,
        asOf: today(),
      },
      policy.policy,
      policy.version,
    );
    return { quote, policy };
  }

  /**
   * A training plan: the project's class as if filed in time, approved, fully recorded and passed,
   * so the quote shows what the person and the result would bring; attendance may be lowered.
   */
  private async trainingPlanQuote(actor: Actor, input: Extract<QuoteInput, { kind: 'training_plan' }>) {
    const person = await this.subject(actor, input);
    this.assertMayQuote(actor, person, person.regionCode);
    const [project] = await this.deps.projects.findByIds([input.projectId]);
    if (!project || project.status === 'draft') throw notFound();
    const asOf = today();
    const level = (input.level ?? project.skillLevel ?? null) as SkillLevelCode | null;
    if (input.result === 'skill_level' && !level) {
      throw new AppError('common.validation_failed', {
        details: [
          { field: 'level', reason: 'required', messages: { 'zh-CN': '必填', 'en-US': 'is required' } },
        ],
      });
    }
    const scheduledMinutes = ((project.hoursTheory ?? 0) + (project.hoursPractice ?? 0)) * 60;
    const attendedMinutes =
      input.attendedHours === undefined ? scheduledMinutes : Math.round(input.attendedHours * 60);
    const [insurance, history, evidence, policy] = await Promise.all([
      facts.insuranceOf(this.platform.db, person.id),
      this.history(person.id),
      this.evidence(person.id),
      this.deps.policies.effective(project.regionCode, asOf),
    ]);
    const result: CertificateResult =
      input.result === 'skill_level'
        ? { certificateType: 'skill_level', level: level!, certificateDate: asOf }
        : { certificateType: input.result, level: null, certificateDate: asOf };
    const quote = quoteTrainingSubsidy(
      {
        person: {
          birthDate: person.birthDate,
          targetGroups: [input.targetGroup],
          pensionScheme: pensionSchemeOn(insurance, asOf),
        },
        class: {
          kind: 'project',
          startDate: asOf,
          endDate: asOf,
          filedOn: asOf,
          filingLeadWorkingDays: policy.policy.rules.A2.filingLeadWorkingDays,
          approvedOn: addCivilDays(asOf, -1),
          occupationCode: project.occupationCode,
          skillLevel: level,
          consumables: project.consumables as ConsumablesCategory,
          feeFen: input.feeFen,
          governmentFen: input.paidBy === 'individual' ? 0 : input.feeFen,
          enterpriseFen: 0,
          individualFen: input.paidBy === 'individual' ? input.feeFen : 0,
        },
        enrolment: {
          onApprovedRoster: true,
          scheduledMinutes: Math.max(scheduledMinutes, attendedMinutes),
          attendedMinutes,
          completionPassed: true,
          paidBy: input.paidBy,
        },
        result,
        employment: evidence,
        history,
        asOf,
      },
      policy.policy,
      policy.version,
    );
    return this.present(quote, person, policy, {
      occupationCode: project.occupationCode,
      title: project.title,
    });
  }

  // ── Facts ──────────────────────────────────────────────────────────────────────────────────

  private async person(personId: string): Promise<Person> {
    const db = this.platform.db;
    const [identities, summaries] = await Promise.all([
      this.deps.people.identities(db, [personId]),
      this.deps.people.summaries(db, [personId]),
    ]);
    const identity = identities.get(personId);
    const summary = summaries.get(personId);
    if (!identity || !summary) throw new AppError('subsidies.person_unknown');
    return { ...identity, idNumberMasked: summary.idNumberMasked };
  }

  /** The person a plan is quoted for: a worker themselves, or whom staff named. */
  private async subject(actor: Actor, input: { personId?: string; idNumber?: string }): Promise<Person> {
    if (actor.role === 'worker') {
      if (!actor.personId) throw new AppError('subsidies.person_unknown');
      return this.person(actor.personId);
    }
    if (input.personId) return this.person(input.personId);
    if (input.idNumber) {
      const found = await this.deps.people.findByIdNumbers(this.platform.db, [input.idNumber.toUpperCase()]);
      const match = found.get(input.idNumber.toUpperCase());
      if (match) return this.person(match.id);
    }
    throw new AppError('subsidies.person_unknown');
  }

  private async certificate(id: string): Promise<CertificateView> {
    const certificate = await this.deps.credentials.find(id);
    if (!certificate) throw notFound();
    return certificate;
  }

  private async history(personId: string): Promise<PriorSubsidy[]> {
    return (await facts.grantsOf(this.platform.db, personId)).map(priorSubsidy);
  }

  private async evidence(personId: string): Promise<EmploymentEvidence[]> {
    return employmentEvidence(await facts.evidenceOf(this.platform.db, personId));
  }

  /** Workers see their own quotes; staff those of people or classes of their region. */
  private assertMayQuote(actor: Actor, person: Person, recordRegion: string): void {
    if (actor.role === 'worker') {
      if (actor.personId !== person.id) throw notFound();
      return;
    }
    if (!isRegionInScope(actor, recordRegion) && !isRegionInScope(actor, person.regionCode)) throw notFound();
  }

  private async present(
    quote: SubsidyQuote,
    person: Person,
    policy: EffectivePolicy,
    subject: { occupationCode: string; title: string },
  ): Promise<QuoteView> {
    const regionCodes = new Set<string>();
    for (const item of [...quote.unmet, ...quote.lines]) {
      if (typeof item.params.regionCode === 'string') regionCodes.add(item.params.regionCode);
    }
    const [occupations, regionNames] = await Promise.all([
      this.deps.reference.occupationsByCode([subject.occupationCode]),
      Promise.all(
        [...regionCodes].map(async (code) => [code, await this.deps.reference.regionName(code)] as const),
      ),
    ]);
    const occupationName = occupations.get(subject.occupationCode)?.name ?? subject.occupationCode;
    const context: QuoteContext = {
      person: { id: person.id, name: person.name, idNumberMasked: person.idNumberMasked },
      policy: { version: policy.version, regionCode: policy.regionCode },
      subject: { occupationCode: subject.occupationCode, occupationName, title: subject.title },
      names: {
        occupationName,
        regionNames: new Map(regionNames.filter((entry): entry is [string, string] => entry[1] !== null)),
      },
    };
    return presentQuote(quote, context);
  }
}
