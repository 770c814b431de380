import { isWithinRegion } from '@qiancheng/domain/region/region-code';
import { z } from 'zod';
import { AppError } from '../../platform/http/app-error';
import {
  errorResponses,
  pageSchema,
  paginationQuery,
  regionCodeSchema,
  uuidSchema,
  type ZodApp,
} from '../../platform/http/schemas';
import type { InstitutionsService } from '../institutions/service';
import type { ProjectsService } from '../projects/service';
import type { SelectionService } from './service';

const publicInstitutionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    regionCode: z.string(),
    regionName: z.string(),
    address: z.string(),
    introduction: z.string().nullable(),
    occupations: z.array(z.object({ code: z.string(), name: z.string() })),
    sites: z.array(
      z.object({ name: z.string(), address: z.string(), regionName: z.string(), capacity: z.number() }),
    ),
    projects: z.array(z.object({ id: z.string(), title: z.string(), priorityField: z.string() })),
  })
  .meta({ id: 'PublicInstitution' });

/**
 * The portal's institutions: those selected for at least one project, with the projects they
 * train for. Selected institutions number in the hundreds per province, so filtering and paging
 * happen after one read of the selections.
 */
export function publicInstitutionRoutes(
  app: ZodApp,
  deps: { selection: SelectionService; institutions: InstitutionsService; projects: ProjectsService },
) {
  const profiles = async (institutionId?: string) => {
    const selected = await deps.selection.selectedInstitutionProjects(institutionId);
    const projectIds = [...new Set([...selected.values()].flat())];
    const projects = new Map(
      (await deps.projects.findByIds(projectIds))
        .filter((p) => deps.projects.isPublic(p))
        .map((p) => [p.id, p]),
    );
    return (await deps.institutions.publicProfiles([...selected.keys()]))
      .map((profile) => ({
        ...profile,
        projects: (selected.get(profile.id) ?? [])
          .filter((id) => projects.has(id))
          .map((id) => ({
            id,
            title: projects.get(id)!.title,
            priorityField: projects.get(id)!.priorityField,
          })),
      }))
      .sort((a, b) => a.regionCode.localeCompare(b.regionCode) || a.name.localeCompare(b.name, 'zh-CN'));
  };

  app.get(
    '/api/v1/public/institutions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '承训机构（公开） Selected training institutions, public',
        description:
          'Institutions with at least one selection in effect for a public project. region: the institution lies in that subtree; occupation: it is qualified for that occupation; field: it trains for a project in that priority field.',
        querystring: z.strictObject({
          ...paginationQuery,
          region: regionCodeSchema.optional(),
          occupation: z.string().trim().max(10).optional(),
          field: z.string().trim().max(24).optional(),
        }),
        response: {
          200: pageSchema(publicInstitutionSchema),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const { region, occupation, field, page, pageSize } = request.query;
      const all = (await profiles()).filter(
        (p) =>
          p.projects.length > 0 &&
          (!region || isWithinRegion(p.regionCode, region)) &&
          (!occupation || p.occupations.some((o) => o.code === occupation)) &&
          (!field || p.projects.some((project) => project.priorityField === field)),
      );
      return { items: all.slice((page - 1) * pageSize, page * pageSize), total: all.length };
    },
  );

  app.get(
    '/api/v1/public/institutions/:id',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '承训机构详情（公开） Selected institution, public',
        params: z.strictObject({ id: uuidSchema }),
        response: { 200: z.object({ institution: publicInstitutionSchema }), ...errorResponses },
      },
    },
    async (request) => {
      const [institution] = await profiles(request.params.id);
      if (!institution) throw new AppError('common.not_found');
      return { institution };
    },
  );

  app.get(
    '/api/v1/public/projects/:id/institutions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '项目的承训机构（公开） Institutions selected for a project, public',
        params: z.strictObject({ id: uuidSchema }),
        response: {
          200: z.object({
            items: z.array(
              z.object({ institutionId: z.string(), institutionName: z.string(), regionCode: z.string() }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => ({ items: await deps.selection.selectedForProject(request.params.id) }),
  );
}
