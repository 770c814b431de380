import type { PublicationGap } from '@qiancheng/domain/projects/project-lifecycle';
import { levelFromForm, levelToForm } from '../reference/skill-level-value';
import type { Project, ProjectFields } from './projects-api';

/** The project form holds the level as a string ('any' for none); everything else as the API does. */
export type ProjectFormValues = Omit<ProjectFields, 'skillLevel'> & { skillLevel: string };

export function toFormValues(project: Project): ProjectFormValues {
  return {
    title: project.title,
    occupationCode: project.occupationCode,
    skillLevel: levelToForm(project.skillLevel),
    postsAvailable: project.postsAvailable,
    skillRequirements: project.skillRequirements,
    contentOutline: project.contentOutline,
    hoursTheory: project.hoursTheory,
    hoursPractice: project.hoursPractice,
    mode: project.mode,
    regionCode: project.regionCode,
    targetGroups: project.targetGroups ?? [],
    subsidyStandardRef: project.subsidyStandardRef,
    evaluationType: project.evaluationType,
    consumables: project.consumables,
  };
}

function blankToNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

export function fromFormValues(values: ProjectFormValues): ProjectFields {
  return {
    ...values,
    title: values.title.trim(),
    skillLevel: levelFromForm(values.skillLevel),
    skillRequirements: blankToNull(values.skillRequirements),
    contentOutline: blankToNull(values.contentOutline),
    subsidyStandardRef: blankToNull(values.subsidyStandardRef),
    postsAvailable: values.postsAvailable ?? null,
    hoursTheory: values.hoursTheory ?? null,
    hoursPractice: values.hoursPractice ?? null,
    mode: values.mode ?? null,
    evaluationType: values.evaluationType ?? null,
    targetGroups: values.targetGroups ?? [],
  };
}

/** Only the fields that differ from the project: an adjustment records what changed. */
export function changedFields(project: Project, fields: ProjectFields): Partial<ProjectFields> {
  const changes: Partial<ProjectFields> = {};
  for (const key of Object.keys(fields) as (keyof ProjectFields)[]) {
    const before = project[key] ?? null;
    const after = fields[key] ?? null;
    if (JSON.stringify(before) !== JSON.stringify(after)) Object.assign(changes, { [key]: after });
  }
  return changes;
}

/** Where each publication gap shows in the form; the hours gap concerns both hour fields. */
export const GAP_FIELDS: Record<PublicationGap, (keyof ProjectFormValues)[]> = {
  postsAvailable: ['postsAvailable'],
  skillRequirements: ['skillRequirements'],
  contentOutline: ['contentOutline'],
  hours: ['hoursTheory', 'hoursPractice'],
  mode: ['mode'],
  evaluationType: ['evaluationType'],
  targetGroups: ['targetGroups'],
};

/** The form fields a server-reported field name stands for. */
export function formFieldsFor(field: string): (keyof ProjectFormValues)[] {
  if (field in GAP_FIELDS) return GAP_FIELDS[field as PublicationGap];
  return [field as keyof ProjectFormValues];
}
