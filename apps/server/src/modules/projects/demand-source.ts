import type { DemandStatus } from '@qiancheng/domain/demand/index';
import type { Actor } from '../../platform/http/request-context';

/** What a project needs to know of a demand line it is built from. */
export interface DemandLineForProject {
  id: string;
  enterpriseName: string;
  regionCode: string;
  occupationCode: string;
  skillLevel: string | null;
  headcount: number;
  filledCount: number;
  skillRequirements: string;
  deadline: string;
  status: DemandStatus;
}

/**
 * The projects module's window on labour demand, implemented by the demand module's service:
 * projects are built from demand lines but never read the demand tables.
 */
export interface DemandSource {
  /** The lines among `ids` that the actor may see, with their status today; others are left out. */
  linesForProject(ids: readonly string[], actor: Actor): Promise<DemandLineForProject[]>;
}
