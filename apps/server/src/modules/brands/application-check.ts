import { isWithinRegion } from '@qiancheng/domain';
import { brandPlaceExamples } from '@qiancheng/domain/brands/index';
import { brandNameProblem } from '@qiancheng/domain/institutions/brand-name';
import { isRegionInScope } from '../../platform/access/region-scope';
import { type FieldProblem, fieldProblem } from '../../platform/http/app-error';
import type { Actor } from '../../platform/http/request-context';
import type { ReferenceService } from '../reference/service';

/** What an applicant fills in. */
export interface BrandInput {
  name: string;
  regionCode: string;
  occupationCode: string;
  description: string;
}

/** Who applies: an institution for its own brand, or staff on behalf of a region of their scope. */
export type Applicant =
  | { kind: 'institution'; institutionId: string; institutionName: string; regionCode: string }
  | { kind: 'region' };

/**
 * Why an application may not be made as it stands: the region must be one the applicant may name,
 * the occupation must exist, and the name must follow “地名（企业名）+职业（工种）名称+培训” for
 * that region and occupation and not be held by another application. Runs outside any transaction
 * (reference lookups use the shared connection).
 */
export async function applicationProblems(
  reference: ReferenceService,
  actor: Actor,
  applicant: Applicant,
  input: BrandInput,
  nameIsTaken: (name: string) => Promise<boolean>,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  let regionOk = false;
  if (!(await reference.regionExists(input.regionCode))) {
    problems.push(fieldProblem('regionCode', 'unknown_region'));
  } else if (applicant.kind === 'institution') {
    regionOk = isWithinRegion(input.regionCode, applicant.regionCode);
    if (!regionOk) {
      problems.push(
        fieldProblem('regionCode', 'brand_region_outside_institution', {
          regionName: (await reference.regionName(applicant.regionCode)) ?? applicant.regionCode,
        }),
      );
    }
  } else {
    regionOk = isRegionInScope(actor, input.regionCode);
    if (!regionOk) problems.push(fieldProblem('regionCode', 'region_outside_scope'));
  }
  const occupation = (await reference.occupationsByCode([input.occupationCode])).get(input.occupationCode);
  if (!occupation) problems.push(fieldProblem('occupationCode', 'unknown_occupation'));

  if (regionOk && occupation) {
    const regionNames = (await reference.regionPath(input.regionCode)).map((region) => region.name);
    const problem = brandNameProblem(input.name, {
      regionNames,
      occupationName: occupation.name,
      organizationName: applicant.kind === 'institution' ? applicant.institutionName : null,
    });
    if (problem === 'brand_occupation') {
      problems.push(fieldProblem('name', problem, { occupation: occupation.name }));
    } else if (problem === 'brand_place') {
      problems.push(fieldProblem('name', problem, { examples: brandPlaceExamples(regionNames).join('、') }));
    } else if (problem) {
      problems.push(fieldProblem('name', problem));
    }
  }
  if (!problems.some((p) => p.field === 'name') && (await nameIsTaken(input.name))) {
    problems.push(fieldProblem('name', 'brand_name_taken', { name: input.name }));
  }
  return problems;
}
