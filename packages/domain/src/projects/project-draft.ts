import { type DemandStatus, isRecruiting } from '../demand/demand-line';
import type { FieldReason } from '../errors/catalog';
import { isSkillLevelCode, type SkillLevelCode, skillLevel } from '../reference/skill-levels';
import { isRegionCodeFormat } from '../region/region-code';
import { documentTerms } from '../search/cjk-terms';
import { type ProjectPublicFields, publicationGaps } from './project-lifecycle';

/**
 * Building a training project from labour demand ("用什么、学什么"): the demand lines a project is made
 * from decide its occupation, the level it trains to, how many posts wait for trainees, what the
 * posts require, and where the project runs.
 */
export interface DemandLineForDraft {
  occupationCode: string;
  /** L5..L1, or null when any level will do. */
  skillLevel: string | null;
  headcount: number;
  filledCount: number;
  skillRequirements: string;
  regionCode: string;
  status: DemandStatus;
}

export interface DraftFromDemand {
  occupationCode: string;
  skillLevel: SkillLevelCode | null;
  postsAvailable: number;
  skillRequirements: string;
  /** The lowest region that contains every line; null when the lines lie in different provinces. */
  regionCode: string | null;
}

export interface DraftProblem {
  /** The index of the line in the request, or null for a problem of the lines together. */
  index: number | null;
  reason: FieldReason;
  params?: Record<string, unknown>;
}

export type DraftResult = { ok: true; value: DraftFromDemand } | { ok: false; problems: DraftProblem[] };

/** Separator of distinct requirements in a project's skill requirements (a full-width semicolon). */
export const REQUIREMENT_SEPARATOR = '；';

/** The highest of the requested levels (rank 1 is highest), or null when none was asked for. */
export function highestSkillLevel(levels: readonly (string | null)[]): SkillLevelCode | null {
  let best: SkillLevelCode | null = null;
  for (const level of levels) {
    if (!level || !isSkillLevelCode(level)) continue;
    if (!best || skillLevel(level).rank < skillLevel(best).rank) best = level;
  }
  return best;
}

/**
 * The lowest common ancestor of GB/T 2260 codes, by their province, city and county digits: two
 * counties of one city give the city, two cities give the province. Null for an empty list or codes
 * of different provinces.
 */
export function lowestCommonRegion(codes: readonly string[]): string | null {
  if (codes.length === 0 || !codes.every(isRegionCodeFormat)) return null;
  for (const length of [6, 4, 2]) {
    const prefix = codes[0]!.slice(0, length);
    if (codes.every((code) => code.slice(0, length) === prefix)) return prefix.padEnd(6, '0');
  }
  return null;
}

/** Distinct requirements in the order first given, each trimmed, joined with '；'. */
export function mergeRequirements(requirements: readonly string[]): string {
  const seen = new Set<string>();
  for (const requirement of requirements) {
    const text = requirement.trim();
    if (text) seen.add(text);
  }
  return [...seen].join(REQUIREMENT_SEPARATOR);
}

/** Posts still waiting for people: headcount less those already filled, never below zero. */
export function openPosts(line: Pick<DemandLineForDraft, 'headcount' | 'filledCount'>): number {
  return Math.max(0, line.headcount - line.filledCount);
}

/**
 * The draft fields that follow from the chosen demand lines. Every line must still be recruiting, and
 * all must ask for the same occupation: a project trains for one occupation.
 */
export function draftFromDemand(lines: readonly DemandLineForDraft[]): DraftResult {
  const problems: DraftProblem[] = [];
  lines.forEach((line, index) => {
    if (!isRecruiting(line.status)) {
      problems.push({ index, reason: 'demand_line_not_recruiting', params: { status: line.status } });
    }
  });
  const occupations = [...new Set(lines.map((line) => line.occupationCode))];
  if (occupations.length > 1) {
    problems.push({
      index: null,
      reason: 'mixed_occupations',
      params: { occupations: occupations.join('、') },
    });
  }
  if (lines.length === 0) problems.push({ index: null, reason: 'required' });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: {
      occupationCode: occupations[0]!,
      skillLevel: highestSkillLevel(lines.map((line) => line.skillLevel)),
      postsAvailable: lines.reduce((sum, line) => sum + openPosts(line), 0),
      skillRequirements: mergeRequirements(lines.map((line) => line.skillRequirements)),
      regionCode: lowestCommonRegion(lines.map((line) => line.regionCode)),
    },
  };
}

/** The title a project gets when staff give none, e.g. 郑州市养老护理员培训项目. */
export function defaultProjectTitle(regionName: string, occupationName: string): string {
  return `${regionName}${occupationName}培训项目`;
}

/** A publication gap named by the request field a client shows it beside. */
export interface PublicationProblem {
  field:
    | 'postsAvailable'
    | 'skillRequirements'
    | 'contentOutline'
    | 'hoursTheory'
    | 'mode'
    | 'evaluationType'
    | 'targetGroups';
  reason: 'missing_for_publication';
}

/** publicationGaps() as field problems; the hours gap is shown beside the theory hours. */
export function publicationProblems(project: ProjectPublicFields): PublicationProblem[] {
  return publicationGaps(project).map((gap) => ({
    field: gap === 'hours' ? 'hoursTheory' : gap,
    reason: 'missing_for_publication',
  }));
}

/** The texts a project is found by on the portal. */
export interface ProjectSearchText {
  title: string;
  occupationName: string;
  occupationCode: string;
  skillRequirements: string | null;
  contentOutline: string | null;
  regionName: string | null;
}

export function projectSearchTerms(text: ProjectSearchText): string[] {
  return documentTerms(
    text.title,
    text.occupationName,
    text.occupationCode,
    text.skillRequirements,
    text.contentOutline,
    text.regionName,
  );
}
