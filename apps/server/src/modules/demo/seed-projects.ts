import { projects } from '@qiancheng/db';
import { isWithinRegion } from '@qiancheng/domain';
import { isRecruiting } from '@qiancheng/domain/demand/index';
import { count } from 'drizzle-orm';
import type { PlatformContext } from '../../platform/context';
import type { RequestContext } from '../../platform/http/request-context';
import type { ProjectFields } from '../projects/service';
import type { Services } from '../register';
import { actingAs } from './acting-as';

type DemoProject = Pick<ProjectFields, 'occupationCode' | 'regionCode'> &
  Partial<ProjectFields> & {
    /** What happens after the draft is made. */
    fate: 'publish' | 'adjust' | 'draft' | 'withdraw';
  };

const CARE_GROUPS: ProjectFields['targetGroups'] = [
  'rural_migrant_worker',
  'registered_unemployed',
  'hard_to_employ',
  'poverty_alleviated',
];
const YOUTH_GROUPS: ProjectFields['targetGroups'] = [
  'unemployed_graduate',
  'graduating_student',
  'post_school_youth',
  'registered_unemployed',
];
const WORKER_GROUPS: ProjectFields['targetGroups'] = [
  'rural_migrant_worker',
  'registered_unemployed',
  'veteran',
  'enterprise_employee',
];
const SUBSIDY_REF = '按河南省职业技能培训补贴标准执行';

/**
 * Demo training projects in 河南 cities across the four priority fields, with real occupation codes
 * of the shipped list: twelve published, one adjusted to a second version, one draft still missing
 * its content, and one withdrawn.
 */
const DEMO_PROJECTS: DemoProject[] = [
  {
    fate: 'publish',
    occupationCode: '4-10-01-05',
    regionCode: '410100',
    skillLevel: 'L4',
    postsAvailable: 80,
    skillRequirements: '掌握失能、半失能老年人生活照料和基础护理技能；具备安全防护和应急处置能力',
    contentOutline: '职业道德与法规；生活照料；基础护理；康复服务；心理支持；安全防护与应急处置；实操考核',
    hoursTheory: 40,
    hoursPractice: 80,
    mode: 'offline',
    targetGroups: CARE_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'medium',
  },
  {
    fate: 'publish',
    occupationCode: '4-10-01-02',
    regionCode: '410105',
    skillLevel: 'L5',
    postsAvailable: 40,
    skillRequirements: '掌握0—3岁婴幼儿生活照料、日常保健和早期发展指导技能',
    contentOutline: '婴幼儿生活照料；日常保健与常见病预防；早期教育与发展指导；家庭沟通',
    hoursTheory: 32,
    hoursPractice: 48,
    mode: 'mixed',
    targetGroups: YOUTH_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'low',
  },
  {
    fate: 'publish',
    occupationCode: '4-10-01-06',
    regionCode: '410200',
    skillLevel: 'L5',
    postsAvailable: 60,
    skillRequirements: '掌握家居保洁、衣物洗涤收纳、家庭餐制作等家政服务技能',
    contentOutline: '家政服务礼仪；家居保洁；衣物洗涤与收纳；家庭餐制作；安全常识',
    hoursTheory: 24,
    hoursPractice: 56,
    mode: 'offline',
    targetGroups: CARE_GROUPS,
    evaluationType: 'special_ability',
    consumables: 'low',
  },
  {
    fate: 'publish',
    occupationCode: '4-10-01-03',
    regionCode: '410300',
    skillLevel: 'L4',
    postsAvailable: 35,
    skillRequirements: '熟悉托育机构保育工作规范，掌握婴幼儿照护与卫生保健技能',
    contentOutline: '托育政策与规范；保育工作流程；卫生保健；安全照护；家园共育',
    hoursTheory: 40,
    hoursPractice: 60,
    mode: 'offline',
    targetGroups: YOUTH_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'low',
  },
  {
    fate: 'publish',
    occupationCode: '6-18-02-04',
    regionCode: '410100',
    skillLevel: 'L4',
    postsAvailable: 50,
    skillRequirements: '能进行焊条电弧焊、二氧化碳气体保护焊平焊和立焊操作，能识读焊接图样',
    contentOutline: '焊接安全；焊接识图；焊条电弧焊；二氧化碳气体保护焊；焊缝质量检验',
    hoursTheory: 40,
    hoursPractice: 120,
    mode: 'offline',
    targetGroups: WORKER_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'high',
  },
  {
    fate: 'publish',
    occupationCode: '6-31-01-03',
    regionCode: '410700',
    skillLevel: 'L4',
    postsAvailable: 45,
    skillRequirements: '掌握低压电气设备安装、调试和维修技能，持证上岗',
    contentOutline: '电工基础；安全用电；低压配电与照明线路；电机控制线路；故障排查',
    hoursTheory: 48,
    hoursPractice: 96,
    mode: 'offline',
    targetGroups: WORKER_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'medium',
  },
  {
    fate: 'adjust',
    occupationCode: '6-31-01-10',
    regionCode: '411000',
    skillLevel: 'L3',
    postsAvailable: 30,
    skillRequirements: '能进行工业机器人系统的日常维护、程序调试和故障诊断',
    contentOutline: '工业机器人基础；示教编程；系统维护保养；故障诊断与排除；生产线集成',
    hoursTheory: 60,
    hoursPractice: 100,
    mode: 'mixed',
    targetGroups: ['enterprise_employee', 'unemployed_graduate', 'veteran'],
    evaluationType: 'skill_level',
    consumables: 'high',
  },
  {
    fate: 'publish',
    occupationCode: '6-18-01-01',
    regionCode: '411300',
    skillLevel: 'L4',
    postsAvailable: 25,
    skillRequirements: '能操作普通车床和数控车床完成轴类、套类零件加工',
    contentOutline: '机械识图；车削工艺；普通车床操作；数控车床编程与操作；量具使用',
    hoursTheory: 40,
    hoursPractice: 120,
    mode: 'offline',
    targetGroups: WORKER_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'high',
  },
  {
    fate: 'publish',
    occupationCode: '4-03-02-01',
    regionCode: '410200',
    skillLevel: 'L5',
    postsAvailable: 40,
    skillRequirements: '掌握豫菜基本烹调技法和厨房食品安全规范',
    contentOutline: '原料初加工；刀工与火候；豫菜烹调技法；食品安全与厨房管理',
    hoursTheory: 30,
    hoursPractice: 90,
    mode: 'offline',
    targetGroups: CARE_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'high',
  },
  {
    fate: 'publish',
    occupationCode: '4-03-02-02',
    regionCode: '410200',
    skillLevel: 'L5',
    postsAvailable: 30,
    skillRequirements: '掌握开封特色面点制作技艺，熟悉面点卫生规范',
    contentOutline: '面团调制；馅心制作；灌汤包等特色面点成型与熟制；卫生规范',
    hoursTheory: 24,
    hoursPractice: 72,
    mode: 'offline',
    targetGroups: CARE_GROUPS,
    evaluationType: 'special_ability',
    consumables: 'medium',
  },
  {
    fate: 'publish',
    occupationCode: '4-01-02-07',
    regionCode: '410300',
    skillLevel: 'L4',
    postsAvailable: 50,
    skillRequirements: '能策划和执行直播销售，掌握短视频制作与数据分析',
    contentOutline: '互联网营销基础；选品与策划；直播销售实务；短视频制作；营销数据分析',
    hoursTheory: 40,
    hoursPractice: 40,
    mode: 'mixed',
    targetGroups: YOUTH_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'low',
  },
  {
    fate: 'publish',
    occupationCode: '4-04-05-05',
    regionCode: '410173',
    skillLevel: 'L4',
    postsAvailable: 40,
    skillRequirements: '掌握数据采集、清洗与标注技能，能完成智能系统的训练与测试',
    contentOutline: '人工智能概论；数据采集与处理；数据标注；模型训练与测试；智能系统运维',
    hoursTheory: 60,
    hoursPractice: 60,
    mode: 'online',
    targetGroups: YOUTH_GROUPS,
    evaluationType: 'skill_level',
    consumables: 'low',
  },
  {
    fate: 'publish',
    occupationCode: '6-23-03-15',
    regionCode: '410300',
    skillLevel: 'L4',
    postsAvailable: 20,
    skillRequirements: '能进行无人机整机装配、调试和常见故障检修',
    contentOutline: '无人机结构与原理；装配工艺；飞控调试；故障检修；安全飞行规范',
    hoursTheory: 40,
    hoursPractice: 80,
    mode: 'offline',
    targetGroups: ['veteran', 'unemployed_graduate', 'rural_migrant_worker'],
    evaluationType: 'skill_level',
    consumables: 'high',
  },
  {
    fate: 'publish',
    occupationCode: '4-03-02-07',
    regionCode: '411500',
    skillLevel: 'L5',
    postsAvailable: 30,
    skillRequirements: '掌握信阳毛尖等茶叶的冲泡技艺和茶艺服务规范',
    contentOutline: '茶叶基础知识；信阳毛尖品鉴；冲泡技艺；茶艺服务礼仪',
    hoursTheory: 24,
    hoursPractice: 48,
    mode: 'offline',
    targetGroups: ['rural_migrant_worker', 'poverty_alleviated', 'post_school_youth'],
    evaluationType: 'special_ability',
    consumables: 'medium',
  },
  {
    fate: 'draft',
    occupationCode: '4-14-02-05',
    regionCode: '411400',
    skillLevel: 'L4',
    postsAvailable: 20,
    skillRequirements: '能开展老年人能力评估，出具评估报告',
    mode: 'offline',
  },
  {
    fate: 'withdraw',
    occupationCode: '4-09-07-04',
    regionCode: '411600',
    skillLevel: 'L4',
    postsAvailable: 15,
    skillRequirements: '掌握企业碳排放核算与报告编制',
    contentOutline: '碳排放政策；核算方法；监测与报告；碳资产管理',
    hoursTheory: 48,
    hoursPractice: 32,
    mode: 'online',
    targetGroups: ['enterprise_employee', 'unemployed_graduate'],
    evaluationType: 'training_certificate',
    consumables: 'low',
  },
];

/** The project left out of the catalogue at first and added after publication, as a logged change. */
const ADDED_LATER = '4-03-02-07';

/** What staff add to a draft built from demand: the demand itself gives posts, level and requirements. */
function contentOf(fields: Partial<ProjectFields>): Partial<ProjectFields> {
  const { postsAvailable: _posts, skillLevel: _level, skillRequirements: _requirements, ...content } = fields;
  return content;
}

/** Recruiting demand lines of the occupation in the project's city, which the project is built from. */
async function recruitingLines(
  services: Services,
  context: RequestContext,
  occupationCode: string,
  regionCode: string,
): Promise<string[]> {
  const city = `${regionCode.slice(0, 4)}00`;
  const { items } = await services.demand.list(context.actor!, {
    occupation: occupationCode,
    region: city,
    page: 1,
    pageSize: 200,
  });
  return items.filter((line) => isRecruiting(line.status)).map((line) => line.id);
}

/**
 * Demo projects and the province's 2026 catalogue with one logged change. A project whose city has
 * recruiting demand for its occupation is built from those lines, as staff would build it. Does
 * nothing when any project exists.
 */
export async function seedDemoProjects(platform: PlatformContext, services: Services): Promise<void> {
  const province = platform.config.deploymentRegion;
  // The demo projects are in 河南; a deployment for another province gets none.
  if (!DEMO_PROJECTS.every((project) => isWithinRegion(project.regionCode, province))) return;
  const [existing] = await platform.db.select({ total: count() }).from(projects);
  if ((existing?.total ?? 0) > 0) return;
  const context = await actingAs(services, 'demo-staff');
  const publicIds = new Map<string, string>();
  for (const { fate, ...fields } of DEMO_PROJECTS) {
    const lines = await recruitingLines(services, context, fields.occupationCode, fields.regionCode);
    const draft = lines.length
      ? await services.projects.createFromDemand(context, {
          ...contentOf(fields),
          subsidyStandardRef: SUBSIDY_REF,
          regionCode: fields.regionCode,
          demandLineIds: lines,
        })
      : await services.projects.createDraft(context, {
          subsidyStandardRef: fate === 'draft' ? null : SUBSIDY_REF,
          ...fields,
        });
    if (fate === 'draft') continue;
    await services.projects.publish(context, draft.id);
    if (fate === 'adjust') {
      await services.projects.adjust(context, draft.id, '合作企业新增产线，扩大招收规模并增加实操课时', {
        postsAvailable: (fields.postsAvailable ?? 0) + 20,
        hoursPractice: (fields.hoursPractice ?? 0) + 20,
      });
    }
    if (fate === 'withdraw') {
      await services.projects.withdraw(context, draft.id, '合作企业用工计划取消，项目暂停实施');
      continue;
    }
    publicIds.set(fields.occupationCode, draft.id);
  }
  const catalogue = await services.catalogue.create(context, {
    regionCode: province,
    title: `${(await services.reference.regionName(province)) ?? ''}2026年度职业技能培训需求指导目录`,
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
    projectIds: [...publicIds].filter(([code]) => code !== ADDED_LATER).map(([, id]) => id),
  });
  await services.catalogue.publish(context, catalogue.catalogue.id);
  const later = publicIds.get(ADDED_LATER);
  if (later) {
    await services.catalogue.addEntry(
      context,
      catalogue.catalogue.id,
      later,
      '信阳市茶产业用工需求增加，经研究补充列入目录',
    );
  }
}
