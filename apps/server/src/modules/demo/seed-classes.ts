import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import { generateTimetable } from '@qiancheng/domain/classes/timetable';
import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import { PLEDGE_VERSION } from '@qiancheng/domain/institutions/pledge';
import { clockOffsetDays, setClockOffsetDays, today } from '../../platform/clock';
import type { PlatformContext } from '../../platform/context';
import type { RequestContext } from '../../platform/http/request-context';
import type { Services } from '../register';
import { actingAs } from './acting-as';

/**
 * The demo's 养老护理员 class of 2026, walked through the real services on the dates it would have
 * happened: the selection in August, filing three weeks ahead, three weeks of sessions in
 * September, completion results, 培训合格证 from the institution and 职业技能等级证书 from the demo
 * assessment body. The dates are fixed so the README can name a certificate to verify.
 */
const SELECTION_OPENS = '2026-08-03';
const FILED_ON = '2026-08-20';
const CLASS_START = '2026-09-07';
const COMPLETED_ON = '2026-09-26';
const EVALUATED_ON = '2026-09-28';

/** Trainees of the demo class: people of 郑州 registered through the roster. */
export const DEMO_TRAINEES = [
  { name: '赵秀英', birth: '19780406', sequence: '128', group: 'registered_unemployed', score: 86 },
  { name: '钱建华', birth: '19820911', sequence: '235', group: 'rural_migrant_worker', score: 78 },
  { name: '孙丽娟', birth: '19850217', sequence: '342', group: 'hard_to_employ', score: 92 },
  { name: '周国强', birth: '19760723', sequence: '451', group: 'rural_migrant_worker', score: 65 },
  { name: '吴小燕', birth: '19900530', sequence: '562', group: 'poverty_alleviated', score: 81 },
  { name: '郑海波', birth: '19880102', sequence: '673', group: 'veteran', score: 55 },
] as const;

/** Fixed-date statutory holidays (全国年节及纪念日放假办法); the year's make-up days are kept by administrators. */
const STATUTORY_HOLIDAYS = [
  ['01-01', '元旦'],
  ['05-01', '劳动节'],
  ['05-02', '劳动节'],
  ['10-01', '国庆节'],
  ['10-02', '国庆节'],
  ['10-03', '国庆节'],
] as const;

/** 郑海波 stopped coming after the first half of the sessions; everyone else attended them all. */
const ABSENT_AFTER_HALF = '郑海波';

/** The class's sign-in sheets, entered by the institution after the class: every session, in and out. */
async function recordDemoAttendance(
  services: Services,
  institution: RequestContext,
  classId: string,
  roster: readonly { personId: string; name: string }[],
): Promise<void> {
  const sessions = (await services.classes.sessionsOf([classId])).filter((s) => s.cancelledAt === null);
  for (const trainee of roster) {
    const attended =
      trainee.name === ABSENT_AFTER_HALF ? sessions.slice(0, Math.ceil(sessions.length / 2)) : sessions;
    for (const session of attended) {
      await services.attendanceRecording.recordManual(institution, classId, {
        sessionId: session.id,
        personId: trainee.personId,
        checkIn: session.startsAt.toISOString(),
        checkOut: session.endsAt.toISOString(),
        reason: '纸质签到表补录',
      });
    }
  }
}

function onDay(day: string): void {
  const real = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  setClockOffsetDays(Math.round((Date.parse(day) - Date.parse(real)) / 86_400_000));
}

export async function seedDemoCalendar(platform: PlatformContext, services: Services): Promise<void> {
  const admin = await actingAs(services, 'demo-admin');
  const year = Number(today().slice(0, 4));
  for (const y of [2026, year, year + 1].filter((v, i, all) => all.indexOf(v) === i)) {
    await services.calendar.replaceYear(
      admin,
      platform.config.deploymentRegion,
      y,
      STATUTORY_HOLIDAYS.map(([day, name]) => ({ day: `${y}-${day}`, kind: 'holiday' as const, name })),
    );
  }
}

export async function seedDemoClasses(platform: PlatformContext, services: Services): Promise<void> {
  const account = await services.users.findByUsername('demo-institution');
  if (!account?.organizationId) return;
  const offset = clockOffsetDays();
  try {
    const institution = await actingAs(services, 'demo-institution');
    const staff = await actingAs(services, 'demo-staff-city');
    const [project] = (
      await services.projects.list(staff.actor!, {
        page: 1,
        pageSize: 1,
        status: 'published',
        occupation: '4-10-01-05',
        region: '410100',
      })
    ).items;
    if (!project) return;
    const mine = await services.institutions.mine(institution.actor!);
    const site = mine.sites.find((s) => !s.retired)!;
    const [teacher] = (
      await services.teachers.list(institution.actor!, { page: 1, pageSize: 10, occupation: '4-10-01-05' })
    ).items;
    if (!teacher) return;

    onDay(SELECTION_OPENS);
    await services.institutions.signPledge(institution, { signerName: '王建国', version: PLEDGE_VERSION });
    const round = await services.selection.create(staff, {
      projectId: project.id,
      method: 'scoring',
      conditions: '具备养老护理员培训资质；有满足实操要求的实训场地和设备；近三年无不良信用记录。',
      criteria: [
        { key: 'teachers', name: '师资力量', weight: 30, description: '' },
        { key: 'facilities', name: '场地设备', weight: 25, description: '' },
        { key: 'plan', name: '培训方案', weight: 30, description: '' },
        { key: 'record', name: '以往业绩', weight: 15, description: '' },
      ],
      places: 2,
      applicationDeadline: SELECTION_OPENS,
      noticeDays: 5,
    });
    const applied = await services.selection.apply(institution, round.round.id, {
      siteId: site.id,
      teacherIds: [teacher.id],
      priceFen: 180000,
      planSummary: '理论 40 学时、实操 80 学时，分两期开班，每期 30 人；训后推荐到合作养老机构就业。',
    });
    const applicationId = applied.applications[0]!.id;
    onDay(addCivilDays(SELECTION_OPENS, 1));
    await services.selection.closeApplications(staff, round.round.id);
    await services.selection.score(staff, round.round.id, applicationId, {
      scores: { teachers: 88, facilities: 85, plan: 90, record: 80 },
      reasons: '师资持证齐全，实训室设备满足要求，培训方案合理。',
    });
    await services.selection.publicize(staff, round.round.id, {
      note: '公示期内如有异议，请向市人社局反映。',
    });
    onDay(addCivilDays(SELECTION_OPENS, 8));
    await services.selection.confirm(staff, round.round.id);

    onDay(FILED_ON);
    const sessions = generateTimetable({
      start: CLASS_START,
      theoryHours: project.hoursTheory ?? 40,
      practiceHours: project.hoursPractice ?? 80,
      calendar: await services.calendar.calendarOf(
        site.regionCode,
        CLASS_START,
        addCivilDays(CLASS_START, 90),
      ),
    }).map((s) => ({
      ...s,
      teacherId: teacher.id,
      room: s.kind === 'theory' ? '理论教室 1' : '养老护理实训室',
    }));
    const created = await services.classes.create(institution, {
      projectId: project.id,
      siteId: site.id,
      name: '养老护理员（四级）培训班 2026 年第一期',
      startDate: CLASS_START,
      endDate: sessions.at(-1)!.day,
      plannedTrainees: 30,
      enrolmentOpen: false,
      teachingPlan:
        '第一周理论：职业道德与法规、生活照料、基础护理、安全防护；第二、三周实操：翻身移位、进食协助、压疮预防、应急处置，分组轮训。',
      assessmentPlan:
        '结业考核：理论笔试占 40%，实操考核占 60%，60 分及以上为合格；合格者参加养老护理员四级认定。',
      feeFen: 180000,
      governmentFen: 150000,
      enterpriseFen: 0,
      individualFen: 30000,
      teachers: [{ teacherId: teacher.id, role: 'lead' }],
      sessions,
      materials: [],
    });
    const county = site.regionCode;
    for (const trainee of DEMO_TRAINEES) {
      const first17 = `${county}${trainee.birth}${trainee.sequence}`;
      await services.roster.add(institution, created.id, {
        name: trainee.name,
        idNumber: `${first17}${idNumberCheckCharacter(first17)}`,
        targetGroup: trainee.group,
      });
    }
    await services.classes.file(institution, created.id);
    await services.classes.review(staff, created.id, { decision: 'approve', note: '材料齐全，同意开班' });

    onDay(CLASS_START);
    await services.classes.start(institution, created.id);
    onDay(COMPLETED_ON);
    const roster = await services.classes.roster(created.id);
    await recordDemoAttendance(services, institution, created.id, roster);
    await services.classes.complete(institution, created.id);
    await services.assessment.recordCompletion(
      institution,
      created.id,
      roster.map((t) => ({
        enrolmentId: t.enrolmentId,
        score: DEMO_TRAINEES.find((d) => d.name === t.name)!.score,
        assessedOn: COMPLETED_ON,
      })),
    );
    await services.assessment.submitCompletion(institution, created.id);
    await services.assessment.issue(institution, created.id, undefined);

    const provinceStaff = await actingAs(services, 'demo-staff');
    const firstBody = '12410000MB0001234';
    const body = await services.assessmentBodies.create(provinceStaff, {
      code: '0001',
      name: '前程示范职业技能等级认定中心',
      creditCode: `${firstBody}${creditCodeCheckCharacter(firstBody)}`,
      regionCode: platform.config.deploymentRegion,
      siteCode: '410100',
      occupationCodes: ['4-10-01-05', '4-10-01-01', '6-18-01-01'],
    });
    await services.assessmentBodies.linkAccount(provinceStaff, body.id, 'demo-assessor');
    onDay(EVALUATED_ON);
    const assessor = await actingAs(services, 'demo-assessor');
    const passed = roster.filter((t) => DEMO_TRAINEES.find((d) => d.name === t.name)!.score >= 60);
    await services.assessment.recordEvaluations(
      assessor,
      created.id,
      passed.map((t, index) => ({
        enrolmentId: t.enrolmentId,
        kind: 'skill_level',
        skillLevel: 'L4',
        score: index === passed.length - 1 ? 58 : 80 + index,
        passed: index !== passed.length - 1,
        assessedOn: EVALUATED_ON,
      })),
    );
    await services.assessment.issue(assessor, created.id, undefined);
  } finally {
    setClockOffsetDays(offset);
  }
}
