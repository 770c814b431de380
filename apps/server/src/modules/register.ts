import type { FastifyInstance } from 'fastify';
import type { PlatformContext } from '../platform/context';
import { withZod } from '../platform/http/schemas';
import { auditRoutes } from './audit/routes';
import { authRoutes } from './auth/routes';
import { AuthService } from './auth/service';
import { healthRoutes } from './health/routes';
import { peopleRoutes } from './people/routes';
import { PeopleService } from './people/service';
import { publicRoutes } from './public/routes';
import { referenceRoutes } from './reference/routes';
import { ReferenceService } from './reference/service';
import { regionOverviewRoutes } from './regions/routes';
import { userRoutes } from './users/routes';
import { UsersService } from './users/service';

/** The services of every module, built once; modules reach each other only through these. */
export interface Services {
  reference: ReferenceService;
  users: UsersService;
  people: PeopleService;
  auth: AuthService;
}

export function createServices(platform: PlatformContext): Services {
  const reference = new ReferenceService(platform.db);
  const users = new UsersService(platform, reference);
  const people = new PeopleService(platform, reference);
  const auth = new AuthService(platform, users, people);
  return { reference, users, people, auth };
}

/** A new module adds its routes here, with the services it needs. */
export async function registerModules(app: FastifyInstance, platform: PlatformContext): Promise<Services> {
  const services = createServices(platform);
  const regionCodes = await services.reference.regionCodes();
  const isKnownRegion = (code: string) => regionCodes.has(code);
  const zod = withZod(app);
  healthRoutes(zod, platform);
  authRoutes(zod, { platform, auth: services.auth, users: services.users, isKnownRegion });
  userRoutes(zod, services.users);
  peopleRoutes(zod, services.people);
  referenceRoutes(zod, services.reference);
  regionOverviewRoutes(zod, services);
  publicRoutes(zod, { platform, ...services });
  auditRoutes(zod, platform);
  return services;
}
