import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import type { PlatformContext } from '../../platform/context';
import { chinaToday } from '../demand/service';
import type { Services } from '../register';
import { actingAs } from './acting-as';

function creditCode(county: string, sequence: number): string {
  // 52: a private non-enterprise unit (民办非企业单位), the usual form of a social training school.
  const first17 = `52${county}MJ${String(sequence).padStart(7, '0')}`;
  return `${first17}${creditCodeCheckCharacter(first17)}`;
}

function yearsFrom(today: string, years: number): string {
  return `${Number(today.slice(0, 4)) + years}${today.slice(4)}`.replace('-02-29', '-02-28');
}

/**
 * The demo institution account's registration (approved, with two sites and its qualifications),
 * so it can apply for projects at once; the integrity pledge is left for the user to sign.
 */
export async function seedDemoInstitutions(_platform: PlatformContext, services: Services): Promise<void> {
  const account = await services.users.findByUsername('demo-institution');
  if (!account?.regionCode || account.organizationId) return;
  const today = chinaToday();
  const counties = (await services.reference.regionChildren(account.regionCode)).filter((r) => r.level === 3);
  const county = counties[0]?.code ?? account.regionCode;
  const institutionContext = await actingAs(services, 'demo-institution');
  const id = await services.institutions.registerForAccount(institutionContext, account.id, {
    institution: {
      creditCode: creditCode(county, 1),
      name: account.organizationName ?? '前程示范职业培训学校',
      type: 'private_training_institution',
      // The account's region, so files and shared resources are placed where the account acts.
      regionCode: account.regionCode,
      address: '示范路 88 号',
      legalRepresentative: '王建国',
      contactName: '李晓梅',
      contactPhone: '13900001111',
      introduction: '面向养老护理、家政服务和智能制造的社会培训机构，具备理论教室和实训车间。',
    },
    qualifications: [
      {
        kind: 'school_licence',
        number: `教民${county}0001`,
        issuer: '人力资源和社会保障局',
        validFrom: yearsFrom(today, -2),
        validUntil: yearsFrom(today, 3),
      },
      {
        kind: 'social_organization_certificate',
        number: `民证字第${county}001号`,
        issuer: '民政局',
        validFrom: yearsFrom(today, -2),
        validUntil: null,
      },
    ],
    sites: [
      {
        name: '示范路校区',
        address: '示范路 88 号',
        regionCode: county,
        latitude: 34.75,
        longitude: 113.62,
        capacity: 120,
        equipment: '理论教室 3 间；养老护理实训室（护理床 10 张、模拟人 4 具）',
      },
      {
        name: '产业园实训基地',
        address: '产业园 6 号楼',
        regionCode: counties[1]?.code ?? county,
        latitude: null,
        longitude: null,
        capacity: 60,
        equipment: '数控车床 6 台、工业机器人实训工作站 2 套',
      },
    ],
    // 养老护理员, 婴幼儿发展引导员, 车工
    occupationCodes: ['4-10-01-05', '4-10-01-01', '6-18-01-01'],
  });
  await services.institutions.review(await actingAs(services, 'demo-staff'), id, {
    decision: 'approve',
    note: '资质齐全，场地符合要求',
  });
}
