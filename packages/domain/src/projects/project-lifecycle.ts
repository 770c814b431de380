/**
 * 培训项目 life cycle (DESIGN.md §4): draft → published → adjusted (a new version) → withdrawn.
 * An adjustment of a published project creates the next version and publishes it at once; the
 * earlier versions stay visible in the history.
 */
export type ProjectStatus = 'draft' | 'published' | 'adjusted' | 'withdrawn';
export const PUBLIC_PROJECT_STATUSES: readonly ProjectStatus[] = ['published', 'adjusted'];
export type ProjectAction = 'edit_draft' | 'publish' | 'adjust' | 'withdraw';

export const PROJECT_STATUSES: readonly ProjectStatus[] = ['draft', 'published', 'adjusted', 'withdrawn'];

export const PROJECT_STATUS_NAMES: Record<ProjectStatus, { 'zh-CN': string; 'en-US': string }> = {
  draft: { 'zh-CN': '草稿', 'en-US': 'Draft' },
  published: { 'zh-CN': '已发布', 'en-US': 'Published' },
  adjusted: { 'zh-CN': '已调整', 'en-US': 'Adjusted' },
  withdrawn: { 'zh-CN': '已撤回', 'en-US': 'Withdrawn' },
};

const TRANSITIONS: Record<ProjectAction, { from: readonly ProjectStatus[]; to: ProjectStatus }> = {
  edit_draft: { from: ['draft'], to: 'draft' },
  publish: { from: ['draft'], to: 'published' },
  adjust: { from: ['published', 'adjusted'], to: 'adjusted' },
  withdraw: { from: ['draft', 'published', 'adjusted'], to: 'withdrawn' },
};

/** The status after `action`, or null when the action is not allowed from `status`. */
export function nextProjectStatus(status: ProjectStatus, action: ProjectAction): ProjectStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

/** The status an action leads to when it is allowed; names the target of a refused transition. */
export function projectActionTarget(action: ProjectAction): ProjectStatus {
  return TRANSITIONS[action].to;
}

/** Published and adjusted projects are public; drafts and withdrawn ones are not. */
export function isPublic(status: ProjectStatus): boolean {
  return status === 'published' || status === 'adjusted';
}

export const TRAINING_MODES = ['offline', 'online', 'mixed'] as const;
export type TrainingMode = (typeof TRAINING_MODES)[number];
export const TRAINING_MODE_NAMES: Record<TrainingMode, { 'zh-CN': string; 'en-US': string }> = {
  offline: { 'zh-CN': '线下', 'en-US': 'Offline' },
  online: { 'zh-CN': '线上', 'en-US': 'Online' },
  mixed: { 'zh-CN': '线上线下结合', 'en-US': 'Blended' },
};

export const EVALUATION_TYPES = ['skill_level', 'special_ability', 'training_certificate'] as const;
export type EvaluationType = (typeof EVALUATION_TYPES)[number];
export const EVALUATION_TYPE_NAMES: Record<EvaluationType, { 'zh-CN': string; 'en-US': string }> = {
  skill_level: { 'zh-CN': '职业技能等级认定', 'en-US': 'Skill-level evaluation' },
  special_ability: { 'zh-CN': '专项职业能力考核', 'en-US': 'Special vocational ability assessment' },
  training_certificate: { 'zh-CN': '培训合格证', 'en-US': 'Training certificate' },
};

export const CONSUMABLES_CATEGORIES = ['low', 'medium', 'high'] as const;
export type ConsumablesCategory = (typeof CONSUMABLES_CATEGORIES)[number];

/** The fields a project may lack while a draft. */
export interface ProjectPublicFields {
  postsAvailable: number | null;
  skillRequirements: string | null;
  contentOutline: string | null;
  hoursTheory: number | null;
  hoursPractice: number | null;
  mode: TrainingMode | null;
  evaluationType: EvaluationType | null;
  targetGroups: readonly string[];
}

export type PublicationGap =
  | 'postsAvailable'
  | 'skillRequirements'
  | 'contentOutline'
  | 'hours'
  | 'mode'
  | 'evaluationType'
  | 'targetGroups';

/**
 * What stops publication. The notice requires the public to see 岗位用工数量、技能要求、培训内容、
 * 培训时长、培训方式; a project also needs its evaluation type and the groups it serves.
 */
export function publicationGaps(project: ProjectPublicFields): PublicationGap[] {
  const gaps: PublicationGap[] = [];
  if (!project.postsAvailable || project.postsAvailable < 1) gaps.push('postsAvailable');
  if (!project.skillRequirements?.trim()) gaps.push('skillRequirements');
  if (!project.contentOutline?.trim()) gaps.push('contentOutline');
  if ((project.hoursTheory ?? 0) + (project.hoursPractice ?? 0) < 1) gaps.push('hours');
  if (!project.mode) gaps.push('mode');
  if (!project.evaluationType) gaps.push('evaluationType');
  if (project.targetGroups.length === 0) gaps.push('targetGroups');
  return gaps;
}

export function totalHours(project: Pick<ProjectPublicFields, 'hoursTheory' | 'hoursPractice'>): number {
  return (project.hoursTheory ?? 0) + (project.hoursPractice ?? 0);
}
