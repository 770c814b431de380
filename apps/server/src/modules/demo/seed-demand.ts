import { enterprises } from '@qiancheng/db';
import { addCivilDays } from '@qiancheng/domain/calendar/civil-date';
import type { PreferredTime, TrainingMode } from '@qiancheng/domain/demand/training-wish';
import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/id-number';
import type { SkillLevelCode } from '@qiancheng/domain/reference/skill-levels';
import type { TargetGroupCode } from '@qiancheng/domain/reference/target-groups';
import { count } from 'drizzle-orm';
import type { PlatformContext } from '../../platform/context';
import { systemContext } from '../../platform/http/request-context';
import { chinaToday } from '../demand/service';
import type { Services } from '../register';
import { actingAs } from './acting-as';

/** A credit code with a valid check character: 91 (company), the county, and a made-up organisation code. */
function demoCreditCode(county: string, sequence: number): string {
  const first17 = `91${county}MA4${String(sequence).padStart(6, '0')}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

interface DemoLine {
  enterprise: number;
  /** Index of the county under the enterprise's city. */
  county: number;
  occupationCode: string;
  skillLevel: SkillLevelCode | null;
  headcount: number;
  skillRequirements: string;
  wageMin: number;
  wageMax: number;
  days: number;
  filled?: number;
  closeReason?: string;
}

const DEMO_ENTERPRISES = [
  // The enterprise of the demo-enterprise account; its name is the account's organisation name.
  { city: 0, county: 0, suffix: null, contact: '赵海燕' },
  { city: 0, county: 3, suffix: '颐康养老服务有限公司', contact: '钱晓东' },
  { city: 1, county: 0, suffix: '古城餐饮管理有限公司', contact: '孙丽' },
  { city: 2, county: 1, suffix: '智联数字科技有限公司', contact: '李明' },
] as const;

const DEMO_LINES: DemoLine[] = [
  {
    enterprise: 0,
    county: 0,
    occupationCode: '6-18-02-04',
    skillLevel: 'L4',
    headcount: 20,
    skillRequirements: '熟练掌握焊条电弧焊、二氧化碳气体保护焊，能识读焊接工艺文件，持焊工证书者优先',
    wageMin: 6000,
    wageMax: 9000,
    days: 60,
    filled: 6,
  },
  {
    enterprise: 0,
    county: 0,
    occupationCode: '6-20-01-01',
    skillLevel: 'L3',
    headcount: 8,
    skillRequirements: '能完成设备装配与调试，熟悉常用量具和钳工工艺',
    wageMin: 6500,
    wageMax: 9500,
    days: 75,
  },
  {
    enterprise: 0,
    county: 0,
    occupationCode: '6-31-01-03',
    skillLevel: 'L4',
    headcount: 6,
    skillRequirements: '持特种作业操作证（低压电工），能进行车间配电线路维护',
    wageMin: 5500,
    wageMax: 8000,
    days: 45,
  },
  {
    enterprise: 0,
    county: 0,
    occupationCode: '6-31-01-10',
    skillLevel: 'L3',
    headcount: 10,
    skillRequirements: '能完成工业机器人日常点检、故障诊断与示教编程',
    wageMin: 7000,
    wageMax: 11000,
    days: 90,
  },
  {
    enterprise: 0,
    county: 0,
    occupationCode: '6-18-01-01',
    skillLevel: 'L5',
    headcount: 5,
    skillRequirements: '会操作普通车床，能看懂零件图',
    wageMin: 4500,
    wageMax: 6000,
    days: 30,
    closeReason: '岗位已通过内部调剂补齐',
  },
  {
    enterprise: 1,
    county: 3,
    occupationCode: '4-10-01-05',
    skillLevel: 'L4',
    headcount: 30,
    skillRequirements: '能为失能、半失能老年人提供生活照料和基础护理，持养老护理员证书者优先',
    wageMin: 4500,
    wageMax: 6500,
    days: 90,
    filled: 12,
  },
  {
    enterprise: 1,
    county: 1,
    occupationCode: '4-14-02-05',
    skillLevel: 'L3',
    headcount: 4,
    skillRequirements: '能依据国家标准开展老年人能力评估并出具评估报告',
    wageMin: 5000,
    wageMax: 7000,
    days: 60,
  },
  {
    enterprise: 1,
    county: 3,
    occupationCode: '4-10-01-03',
    skillLevel: 'L4',
    headcount: 12,
    skillRequirements: '熟悉托育机构保育工作规范，能照护 0–3 岁婴幼儿日常生活',
    wageMin: 4000,
    wageMax: 5500,
    days: 50,
  },
  {
    enterprise: 1,
    county: 2,
    occupationCode: '4-10-01-06',
    skillLevel: null,
    headcount: 15,
    skillRequirements: '能从事居家保洁、照护老人等家政服务，经培训合格即可',
    wageMin: 3800,
    wageMax: 5000,
    days: 40,
  },
  {
    enterprise: 2,
    county: 0,
    occupationCode: '4-03-02-01',
    skillLevel: 'L4',
    headcount: 10,
    skillRequirements: '熟练掌握豫菜烹调技法，能独立完成热菜制作',
    wageMin: 5000,
    wageMax: 8000,
    days: 70,
    filled: 3,
  },
  {
    enterprise: 2,
    county: 0,
    occupationCode: '4-03-02-02',
    skillLevel: 'L5',
    headcount: 8,
    skillRequirements: '能制作灌汤包等开封特色面点',
    wageMin: 4000,
    wageMax: 6000,
    days: 55,
  },
  {
    enterprise: 2,
    county: 1,
    occupationCode: '4-03-02-07',
    skillLevel: 'L4',
    headcount: 4,
    skillRequirements: '熟悉六大茶类冲泡技艺，能组织茶艺表演',
    wageMin: 4000,
    wageMax: 5500,
    days: 35,
  },
  {
    enterprise: 3,
    county: 1,
    occupationCode: '4-04-05-05',
    skillLevel: 'L4',
    headcount: 25,
    skillRequirements: '能完成数据采集、清洗与标注，了解机器学习基本流程',
    wageMin: 5500,
    wageMax: 8500,
    days: 80,
  },
  {
    enterprise: 3,
    county: 1,
    occupationCode: '4-01-02-07',
    skillLevel: 'L4',
    headcount: 12,
    skillRequirements: '能策划并执行直播带货活动，熟悉主流电商平台规则',
    wageMin: 5000,
    wageMax: 10000,
    days: 65,
  },
  {
    enterprise: 3,
    county: 2,
    occupationCode: '6-23-03-15',
    skillLevel: 'L4',
    headcount: 6,
    skillRequirements: '能完成多旋翼无人机的装配、调试与检修',
    wageMin: 6000,
    wageMax: 9000,
    days: 100,
  },
  {
    enterprise: 3,
    county: 1,
    occupationCode: '4-02-07-10',
    skillLevel: null,
    headcount: 40,
    skillRequirements: '熟悉城区道路，能使用配送平台接单，持电动车驾驶资格',
    wageMin: 5000,
    wageMax: 9000,
    days: 30,
  },
];

interface DemoWish {
  /** A demo worker account, or a walk-in recorded by the staff of `city`. */
  worker?: 'demo-worker' | 'demo-worker2';
  walkIn?: { name: string; city: number; birth: string; sequence: string };
  city: number;
  occupationCode: string;
  skillLevel: SkillLevelCode | null;
  mode: TrainingMode;
  preferredTime: PreferredTime;
  targetGroup: TargetGroupCode;
}

const DEMO_WISHES: DemoWish[] = [
  {
    worker: 'demo-worker',
    city: 0,
    occupationCode: '4-10-01-05',
    skillLevel: 'L4',
    mode: 'mixed',
    preferredTime: 'weekend',
    targetGroup: 'registered_unemployed',
  },
  {
    worker: 'demo-worker',
    city: 0,
    occupationCode: '4-14-02-05',
    skillLevel: null,
    mode: 'online',
    preferredTime: 'evening',
    targetGroup: 'registered_unemployed',
  },
  {
    worker: 'demo-worker2',
    city: 1,
    occupationCode: '6-18-02-04',
    skillLevel: 'L4',
    mode: 'offline',
    preferredTime: 'full_time',
    targetGroup: 'rural_migrant_worker',
  },
  {
    worker: 'demo-worker2',
    city: 1,
    occupationCode: '4-03-02-01',
    skillLevel: 'L5',
    mode: 'offline',
    preferredTime: 'weekday',
    targetGroup: 'rural_migrant_worker',
  },
  {
    walkIn: { name: '王秀英', city: 0, birth: '19780412', sequence: '104' },
    city: 0,
    occupationCode: '4-10-01-05',
    skillLevel: 'L5',
    mode: 'offline',
    preferredTime: 'weekday',
    targetGroup: 'hard_to_employ',
  },
  {
    walkIn: { name: '刘洋', city: 0, birth: '20010923', sequence: '117' },
    city: 0,
    occupationCode: '4-04-05-05',
    skillLevel: 'L4',
    mode: 'online',
    preferredTime: 'any',
    targetGroup: 'unemployed_graduate',
  },
  {
    walkIn: { name: '陈静', city: 0, birth: '19950207', sequence: '128' },
    city: 0,
    occupationCode: '4-10-01-03',
    skillLevel: 'L4',
    mode: 'mixed',
    preferredTime: 'weekend',
    targetGroup: 'registered_unemployed',
  },
  {
    walkIn: { name: '赵磊', city: 1, birth: '19880530', sequence: '131' },
    city: 1,
    occupationCode: '6-31-01-03',
    skillLevel: 'L4',
    mode: 'offline',
    preferredTime: 'full_time',
    targetGroup: 'veteran',
  },
  {
    walkIn: { name: '孙丽娜', city: 1, birth: '19990716', sequence: '142' },
    city: 1,
    occupationCode: '4-03-02-02',
    skillLevel: 'L5',
    mode: 'offline',
    preferredTime: 'weekday',
    targetGroup: 'poverty_alleviated',
  },
  {
    walkIn: { name: '周强', city: 1, birth: '20050311', sequence: '155' },
    city: 1,
    occupationCode: '4-01-02-07',
    skillLevel: null,
    mode: 'online',
    preferredTime: 'evening',
    targetGroup: 'post_school_youth',
  },
];

/**
 * Demo labour demand: the demo enterprise account's own enterprise and three more in the first
 * three cities of the province, fifteen lines across the four priority fields (one partly filled
 * per field where it reads naturally, one closed), and ten training wishes, four from the demo
 * workers and six from walk-in workers recorded by city staff. Runs once, on a fresh demo.
 */
export async function seedDemoDemand(platform: PlatformContext, services: Services): Promise<boolean> {
  const [existing] = await platform.db.select({ total: count() }).from(enterprises);
  if ((existing?.total ?? 0) > 0) return false;
  const province = platform.config.deploymentRegion;
  const cities = (await services.reference.regionChildren(province)).filter((c) => c.level === 2).slice(0, 3);
  if (cities.length === 0) throw new Error(`region ${province} has no cities for the demo`);
  const city = (index: number) => cities[index % cities.length]!;
  const county = async (cityIndex: number, index: number) => {
    const counties = (await services.reference.regionChildren(city(cityIndex).code)).filter(
      (c) => c.level === 3,
    );
    return counties[index % Math.max(counties.length, 1)]?.code ?? city(cityIndex).code;
  };
  const today = chinaToday();
  const system = systemContext('seed-demand');
  const enterpriseAccount = await actingAs(services, 'demo-enterprise');
  const provinceStaff = await actingAs(services, 'demo-staff');

  const enterpriseIds: string[] = [];
  for (const [index, demo] of DEMO_ENTERPRISES.entries()) {
    const countyCode = await county(demo.city, demo.county);
    const cityName = city(demo.city).name.replace(/市$/, '');
    const enterprise = await services.enterprises.create(system, {
      creditCode: demoCreditCode(countyCode, index + 1),
      name: demo.suffix
        ? `${cityName}${demo.suffix}`
        : (enterpriseAccount.actor?.organizationName ?? '前程示范企业'),
      regionCode: countyCode,
      address: `${city(demo.city).name}示范产业园 ${index + 1} 号`,
    });
    enterpriseIds.push(enterprise.id);
  }
  await platform.db.transaction((tx) =>
    services.users.linkOrganization(tx, system, enterpriseAccount.actor!.userId, enterpriseIds[0]!),
  );

  for (const [index, line] of DEMO_LINES.entries()) {
    const demo = DEMO_ENTERPRISES[line.enterprise]!;
    const own = line.enterprise === 0;
    const context = own ? enterpriseAccount : provinceStaff;
    const created = await services.demand.create(context, {
      ...(own ? {} : { enterpriseId: enterpriseIds[line.enterprise]! }),
      regionCode: await county(demo.city, line.county),
      occupationCode: line.occupationCode,
      skillLevel: line.skillLevel,
      headcount: line.headcount,
      skillRequirements: line.skillRequirements,
      wageMin: line.wageMin,
      wageMax: line.wageMax,
      deadline: addCivilDays(today, line.days),
      contactName: demo.contact,
      contactPhone: `1390371${String(index + 1).padStart(4, '0')}`,
    });
    if (line.filled) await services.demand.update(context, created.id, { filledCount: line.filled });
    if (line.closeReason) await services.demand.close(context, created.id, line.closeReason);
  }

  const cityStaff = [
    await actingAs(services, 'demo-staff-city'),
    await actingAs(services, 'demo-staff-city2'),
  ];
  for (const wish of DEMO_WISHES) {
    const fields = {
      occupationCode: wish.occupationCode,
      skillLevel: wish.skillLevel,
      mode: wish.mode,
      preferredTime: wish.preferredTime,
      regionCode: await county(wish.city, 0),
      targetGroup: wish.targetGroup,
    };
    if (wish.worker) {
      await services.wishes.create(await actingAs(services, wish.worker), fields);
    } else if (wish.walkIn) {
      const first17 = `${await county(wish.walkIn.city, 0)}${wish.walkIn.birth}${wish.walkIn.sequence}`;
      await services.wishes.create(cityStaff[wish.walkIn.city % cityStaff.length]!, {
        ...fields,
        person: {
          name: wish.walkIn.name,
          idNumber: `${first17}${idNumberCheckCharacter(first17)}`,
          mobile: `1370371${wish.walkIn.sequence.padStart(4, '0')}`,
        },
      });
    }
  }
  return true;
}
