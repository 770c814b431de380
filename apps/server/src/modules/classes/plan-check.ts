import type { Executor } from '@qiancheng/db';
import { type FilingProblem, feeSplitProblem, sessionProblems } from '@qiancheng/domain/classes/class-filing';
import { chinaInstant } from '@qiancheng/domain/classes/session-time';
import { PROJECT_STATUS_NAMES, type ProjectStatus } from '@qiancheng/domain/projects/project-lifecycle';
import { AppError, type FieldProblem, fieldProblem, invalidFields } from '../../platform/http/app-error';
import type { Actor } from '../../platform/http/request-context';
import type { DocumentsService } from '../documents/service';
import type { InstitutionsService } from '../institutions/service';
import type { ProjectsService } from '../projects/service';
import type { ResourcesService } from '../resources/service';
import type { SelectionService } from '../selection/service';
import type { TeachersService } from '../teachers/service';
import * as repo from './repository';
import type { ClassInput } from './schemas';

export interface PlanServices {
  projects: ProjectsService;
  selection: SelectionService;
  institutions: InstitutionsService;
  teachers: TeachersService;
  resources: ResourcesService;
  documents: DocumentsService;
}

export interface CheckedPlan {
  project: Awaited<ReturnType<ProjectsService['lockShared']>>[number];
  site: { id: string; regionCode: string; capacity: number };
  sessions: {
    day: string;
    startsAt: Date;
    endsAt: Date;
    hoursTenths: number;
    kind: 'theory' | 'practice';
    teacherId: string;
    room: string;
  }[];
  teachers: { teacherId: string; role: 'lead' | 'assistant' }[];
  materials: { resourceId: string | null; documentId: string | null; title: string }[];
}

export function toFieldProblems(problems: readonly FilingProblem[]): FieldProblem[] {
  return problems.map((p) => fieldProblem(p.field, p.reason, p.params));
}

/** Runs `check`, renaming the fields of the problems it reports (teacherIds.2 → teachers.2.teacherId). */
async function renamingFields(
  check: () => Promise<unknown>,
  rename: (field: string) => string,
): Promise<FieldProblem[]> {
  try {
    await check();
    return [];
  } catch (error) {
    if (error instanceof AppError && error.details.length > 0) {
      return error.details.map((d) => ({ ...d, field: rename(d.field) }));
    }
    throw error;
  }
}

/**
 * Checks a class plan against everything outside the class: the project is public and the
 * institution's selection for it in effect, the site is the institution's, the teachers work for it
 * and may teach the occupation and are not teaching elsewhere at the same time, the materials are
 * usable; and the plan's own timetable and fee split. Every problem is reported at once, by field.
 */
export async function checkPlan(
  tx: Executor,
  services: PlanServices,
  actor: Actor,
  institutionId: string,
  classId: string | null,
  input: ClassInput,
): Promise<CheckedPlan> {
  const [project] = await services.projects.lockShared(tx, [input.projectId]);
  if (!project) throw invalidFields(fieldProblem('projectId', 'project_not_found'));
  if (!services.projects.isPublic(project)) {
    const names = PROJECT_STATUS_NAMES[project.status as ProjectStatus];
    throw new AppError('classes.project_not_public', {
      params: { statusZh: names?.['zh-CN'] ?? project.status, statusEn: names?.['en-US'] ?? project.status },
    });
  }
  if (!(await services.selection.isSelected(tx, institutionId, project.id))) {
    throw new AppError('classes.project_not_selected');
  }

  const problems: FieldProblem[] = [];
  const site = (await services.institutions.activeSites(tx, institutionId)).find(
    (s) => s.id === input.siteId,
  );
  if (!site) problems.push(fieldProblem('siteId', 'site_not_own'));
  if (input.endDate < input.startDate) problems.push(fieldProblem('endDate', 'end_before_start'));
  if (site && input.plannedTrainees > site.capacity) {
    problems.push(fieldProblem('plannedTrainees', 'planned_over_capacity', { capacity: site.capacity }));
  }
  const split = feeSplitProblem(input);
  if (split) problems.push(...toFieldProblems([split]));

  const sessions = input.sessions.map((s) => ({ ...s, hoursTenths: Math.round(s.hours * 10) }));
  const timetable = sessionProblems({ ...input, sessions });
  problems.push(...toFieldProblems(timetable));

  problems.push(
    ...(await renamingFields(
      () =>
        services.teachers.assertTeachersOf(
          tx,
          institutionId,
          input.teachers.map((t) => t.teacherId),
          project.occupationCode,
        ),
      (field) => field.replace(/^teacherIds\.(\d+)$/, 'teachers.$1.teacherId'),
    )),
  );

  const timed = sessions.map((s) => ({
    day: s.day,
    startsAt: chinaInstant(s.day, s.startTime),
    endsAt: chinaInstant(s.day, s.endTime),
    hoursTenths: s.hoursTenths,
    kind: s.kind,
    teacherId: s.teacherId,
    room: s.room,
  }));
  if (timetable.length === 0) {
    for (const [index, s] of timed.entries()) {
      const [clash] = await repo.teacherClashes(tx, classId, s.teacherId, s.startsAt, s.endsAt);
      if (clash)
        problems.push(
          fieldProblem(`sessions.${index}.teacherId`, 'teacher_double_booked', { code: clash.code }),
        );
    }
  }

  const resourceRefs = input.materials.flatMap((m, index) =>
    'resourceId' in m ? [{ index, id: m.resourceId }] : [],
  );
  let titles = new Map<string, string>();
  problems.push(
    ...(await renamingFields(
      async () => {
        titles = await services.resources.assertUsable(
          tx,
          actor,
          resourceRefs.map((r) => r.id),
        );
      },
      (field) =>
        field.replace(
          /^resourceIds\.(\d+)$/,
          (_, i: string) => `materials.${resourceRefs[Number(i)]!.index}.resourceId`,
        ),
    )),
  );
  problems.push(
    ...(await renamingFields(
      () =>
        services.documents.assertAttachable(
          tx,
          actor,
          input.materials.flatMap((m, index) =>
            'documentId' in m ? [{ field: `materials.${index}.documentId`, id: m.documentId }] : [],
          ),
        ),
      (field) => field,
    )),
  );
  if (problems.length) throw new AppError('classes.filing_incomplete', { details: problems });

  return {
    project,
    site: site!,
    sessions: timed,
    teachers: input.teachers,
    materials: input.materials.map((m) =>
      'resourceId' in m
        ? { resourceId: m.resourceId, documentId: null, title: titles.get(m.resourceId) ?? '' }
        : { resourceId: null, documentId: m.documentId, title: m.title },
    ),
  };
}
