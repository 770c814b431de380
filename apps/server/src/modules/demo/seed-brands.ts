import { trainingBrands } from '@qiancheng/db';
import { isWithinRegion } from '@qiancheng/domain';
import { count } from 'drizzle-orm';
import type { PlatformContext } from '../../platform/context';
import { AppError } from '../../platform/http/app-error';
import type { Services } from '../register';
import { actingAs } from './acting-as';

/** Brands applied for by the province on behalf of two cities, approved and published as 第1批. */
const PUBLISHED_BRANDS = [
  {
    name: '郑州养老护理员培训',
    regionCode: '410100',
    occupationCode: '4-10-01-05',
    description:
      '依托郑州市养老服务机构和职业院校共建实训基地，面向农村转移就业劳动者和就业困难人员开展养老护理员培训，训后对接养老机构和社区居家养老服务岗位。',
  },
  {
    name: '开封家政服务员培训',
    regionCode: '410200',
    occupationCode: '4-10-01-06',
    description:
      '围绕开封市家庭服务需求，开展家居保洁、母婴照护、家庭餐制作等家政服务培训，推行“培训+评价+就业”一体化服务，打造本地家政服务品牌。',
  },
];

const PENDING_DESCRIPTION =
  '面向离校未就业高校毕业生和登记失业人员开展育婴员培训，采用理论教学与托育机构跟岗实训相结合的方式，训后推荐到合作托育机构就业。';

/**
 * Demo training brands in 河南: the province's first batch with two brands, and one application
 * waiting for review — the demo institution's own when it is registered and may apply, otherwise
 * one of the first city's. Does nothing when any brand exists or the deployment is elsewhere.
 */
export async function seedDemoBrands(platform: PlatformContext, services: Services): Promise<void> {
  const province = platform.config.deploymentRegion;
  if (!PUBLISHED_BRANDS.every((brand) => isWithinRegion(brand.regionCode, province))) return;
  const [existing] = await platform.db.select({ total: count() }).from(trainingBrands);
  if ((existing?.total ?? 0) > 0) return;

  const provinceStaff = await actingAs(services, 'demo-staff');
  for (const input of PUBLISHED_BRANDS) {
    const brand = await services.brands.apply(provinceStaff, input);
    await services.brands.review(provinceStaff, brand.id, 'approve', null);
  }
  await services.brands.publishBatch(provinceStaff, { regionCode: province });

  if (await applyAsDemoInstitution(services)) return;
  await services.brands.apply(await actingAs(services, 'demo-staff-city'), {
    name: '郑州育婴员培训',
    regionCode: '410100',
    occupationCode: '4-10-01-02',
    description: PENDING_DESCRIPTION,
  });
}

/** The demo institution applies for its own brand; false when it is not registered or may not apply. */
async function applyAsDemoInstitution(services: Services): Promise<boolean> {
  const account = await services.users.findByUsername('demo-institution');
  if (!account?.organizationId) return false;
  const institution = await services.institutions.summary(account.organizationId);
  if (!institution) return false;
  try {
    await services.brands.apply(await actingAs(services, 'demo-institution'), {
      name: '前程示范育婴员培训',
      regionCode: institution.regionCode,
      occupationCode: '4-10-01-02',
      description: PENDING_DESCRIPTION,
    });
    return true;
  } catch (error) {
    if (error instanceof AppError && error.code.startsWith('institutions.')) return false;
    throw error;
  }
}
