import { users } from '@qiancheng/db';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/index';
import { count } from 'drizzle-orm';
import type { PlatformContext } from '../../platform/context';
import { systemContext } from '../../platform/http/request-context';
import type { Services } from '../register';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_WORKERS } from './accounts';
import { seedDemoBrands } from './seed-brands';
import { seedDemoCalendar, seedDemoClasses } from './seed-classes';
import { seedDemoDemand } from './seed-demand';
import { seedDemoFunds, seedDemoPayeeAccount } from './seed-funds';
import { seedDemoInstitutions } from './seed-institutions';
import { seedDemoProjects } from './seed-projects';
import { seedDemoTeachers } from './seed-teachers';

/** A county under the city, for people whose ID number should carry a real county code. */
async function firstCounty(services: Services, cityCode: string): Promise<string> {
  const counties = await services.reference.regionChildren(cityCode);
  return counties.find((c) => c.level === 3)?.code ?? cityCode;
}

/**
 * Seeds a demo province: one account per role, city staff for two cities, and real-name workers.
 * Does nothing when any account exists, so it is safe to run on every start.
 */
export async function seedDemo(platform: PlatformContext, services: Services): Promise<boolean> {
  const [existing] = await platform.db.select({ total: count() }).from(users);
  if ((existing?.total ?? 0) > 0) return false;
  const province = platform.config.deploymentRegion;
  const cities = (await services.reference.regionChildren(province)).filter((c) => c.level === 2).slice(0, 2);
  if (cities.length < 2) throw new Error(`region ${province} has fewer than two cities for the demo`);
  const context = systemContext('seed-demo');
  for (const account of DEMO_ACCOUNTS) {
    const regionCode = account.region === 'province' ? province : cities[account.region]!.code;
    await services.users.create(context, {
      username: account.username,
      password: DEMO_PASSWORD,
      displayName: account.displayName,
      role: account.role,
      regionCode,
      organizationName: account.organizationName ?? null,
    });
  }
  for (const worker of DEMO_WORKERS) {
    const county = await firstCounty(services, cities[worker.city]!.code);
    const first17 = `${county}${worker.birth}${worker.sequence}`;
    const idNumber = `${first17}${idNumberCheckCharacter(first17)}`;
    const mobile = `1380000${worker.sequence.padStart(4, '0')}`;
    await platform.db.transaction(async (tx) => {
      const person = await services.people.register(tx, context, { name: worker.name, idNumber, mobile });
      await services.users.create(
        context,
        {
          username: worker.username,
          password: DEMO_PASSWORD,
          displayName: worker.name,
          role: 'worker',
          regionCode: person.regionCode,
          mobile,
          personId: person.id,
        },
        tx,
      );
    });
  }
  await seedDemoDemand(platform, services);
  await seedDemoProjects(platform, services);
  await seedDemoInstitutions(platform, services);
  await seedDemoBrands(platform, services);
  await seedDemoTeachers(platform, services);
  await seedDemoCalendar(platform, services);
  await seedDemoClasses(platform, services);
  await seedDemoFunds(platform, services);
  await seedDemoPayeeAccount(platform, services);
  return true;
}
