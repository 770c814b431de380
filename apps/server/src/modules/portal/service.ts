import type { Locale } from '@qiancheng/domain';
import { PUBLIC_RESULT_WINDOW, withinResultWindow } from '@qiancheng/domain/projects/index';
import { PRIORITY_FIELDS } from '@qiancheng/domain/reference/priority-fields';
import { regionPrefix } from '@qiancheng/domain/region/region-code';
import { fieldProblem, invalidFields, notFound } from '../../platform/http/app-error';
import type { CatalogueService, CatalogueSummary } from '../catalogue/service';
import type {
  NavigationFilter,
  ProjectItem,
  ProjectsService,
  ProjectVersionView,
  PublicProjectView,
  PublicSearchQuery,
} from '../projects/service';
import type { ReferenceService } from '../reference/service';

export interface PublicProjectPage {
  project: PublicProjectView;
  versions: ProjectVersionView[];
  catalogues: CatalogueSummary[];
}

export interface NavigationCount {
  code: string;
  name: string;
  projects: number;
}

export interface Navigation {
  region: { code: string; name: string; level: number };
  path: { code: string; name: string }[];
  regions: NavigationCount[];
  fields: NavigationCount[];
  occupations: NavigationCount[];
  total: number;
}

/**
 * The public training column (培训专栏): search, project pages and the 培训信息导航图. Only
 * published and adjusted projects appear; no login is needed.
 */
export class PortalService {
  constructor(
    private readonly deploymentRegion: string,
    private readonly reference: ReferenceService,
    private readonly projects: ProjectsService,
    private readonly catalogues: CatalogueService,
  ) {}

  private async assertKnownRegion(region: string | undefined): Promise<void> {
    if (region && !(await this.reference.regionExists(region))) {
      throw invalidFields(fieldProblem('region', 'unknown_region'));
    }
  }

  async search(query: PublicSearchQuery): Promise<{ items: ProjectItem[]; total: number }> {
    await this.assertKnownRegion(query.region);
    if (!withinResultWindow(query.page, query.pageSize)) {
      throw invalidFields(fieldProblem('page', 'result_window_exceeded', { maximum: PUBLIC_RESULT_WINDOW }));
    }
    return this.projects.searchPublic(query);
  }

  async project(id: string): Promise<PublicProjectPage> {
    const [found, catalogues] = await Promise.all([
      this.projects.publicProject(id),
      this.catalogues.publishedContaining(id),
    ]);
    if (!found) throw notFound();
    return { ...found, catalogues };
  }

  async navigation(filter: Partial<NavigationFilter>, locale: Locale): Promise<Navigation> {
    await this.assertKnownRegion(filter.region);
    const region = (await this.reference.region(filter.region ?? this.deploymentRegion))!;
    const [path, children] = await Promise.all([
      this.reference.regionPath(region.code),
      this.reference.regionChildren(region.code),
    ]);
    const childPrefixLength = children.length ? regionPrefix(children[0]!.code).length : null;
    const counts = await this.projects.navigationCounts(
      { region: region.code, field: filter.field, occupation: filter.occupation },
      childPrefixLength,
    );
    const byPrefix = new Map(counts.byRegion.map((row) => [row.prefix, row.projects]));
    const byField = new Map(counts.byField.map((row) => [row.code, row.projects]));
    return {
      region: { code: region.code, name: region.name, level: region.level },
      path: path.map(({ code, name }) => ({ code, name })),
      regions: children.map((child) => ({
        code: child.code,
        name: child.name,
        projects: byPrefix.get(regionPrefix(child.code)) ?? 0,
      })),
      fields: PRIORITY_FIELDS.map((field) => ({
        code: field.code,
        name: field.name[locale],
        projects: byField.get(field.code) ?? 0,
      })),
      occupations: counts.byOccupation
        .map((row) => ({ code: row.code, name: row.name, projects: row.projects }))
        .sort((a, b) => b.projects - a.projects || a.code.localeCompare(b.code)),
      total: counts.total,
    };
  }
}
