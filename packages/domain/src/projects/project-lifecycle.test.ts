import { describe, expect, it } from 'vitest';
import {
  isPublic,
  nextProjectStatus,
  PROJECT_STATUSES,
  type ProjectPublicFields,
  PUBLIC_PROJECT_STATUSES,
  projectActionTarget,
  publicationGaps,
} from './project-lifecycle';

describe('nextProjectStatus', () => {
  it.each([
    ['draft', 'edit_draft', 'draft'],
    ['draft', 'publish', 'published'],
    ['draft', 'adjust', null],
    ['draft', 'withdraw', 'withdrawn'],
    ['published', 'publish', null],
    ['published', 'edit_draft', null],
    ['published', 'adjust', 'adjusted'],
    ['adjusted', 'adjust', 'adjusted'],
    ['published', 'withdraw', 'withdrawn'],
    ['adjusted', 'withdraw', 'withdrawn'],
    ['withdrawn', 'publish', null],
    ['withdrawn', 'adjust', null],
    ['withdrawn', 'withdraw', null],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextProjectStatus(from, action)).toBe(to);
  });

  it.each([
    ['draft', false],
    ['published', true],
    ['adjusted', true],
    ['withdrawn', false],
  ] as const)('%s public → %s', (status, expected) => {
    expect(isPublic(status)).toBe(expected);
  });

  it('lists exactly the public statuses', () => {
    expect(PUBLIC_PROJECT_STATUSES).toEqual(PROJECT_STATUSES.filter(isPublic));
  });

  it.each([
    ['edit_draft', 'draft'],
    ['publish', 'published'],
    ['adjust', 'adjusted'],
    ['withdraw', 'withdrawn'],
  ] as const)('%s leads to %s', (action, to) => {
    expect(projectActionTarget(action)).toBe(to);
  });
});

describe('publicationGaps', () => {
  const complete: ProjectPublicFields = {
    postsAvailable: 30,
    skillRequirements: '掌握老年人生活照料技能',
    contentOutline: '生活照料、基础护理、康复服务',
    hoursTheory: 40,
    hoursPractice: 80,
    mode: 'offline',
    evaluationType: 'skill_level',
    targetGroups: ['rural_migrant_worker'],
  };

  it('finds nothing missing in a complete project, and accepts practice-only hours', () => {
    expect(publicationGaps(complete)).toEqual([]);
    expect(publicationGaps({ ...complete, hoursTheory: 0, hoursPractice: 1 })).toEqual([]);
  });

  it.each([
    [{ postsAvailable: null }, 'postsAvailable'],
    [{ postsAvailable: 0 }, 'postsAvailable'],
    [{ skillRequirements: '   ' }, 'skillRequirements'],
    [{ contentOutline: null }, 'contentOutline'],
    [{ hoursTheory: 0, hoursPractice: 0 }, 'hours'],
    [{ hoursTheory: null, hoursPractice: null }, 'hours'],
    [{ mode: null }, 'mode'],
    [{ evaluationType: null }, 'evaluationType'],
    [{ targetGroups: [] }, 'targetGroups'],
  ])('%j is missing %s', (change, gap) => {
    expect(publicationGaps({ ...complete, ...change } as ProjectPublicFields)).toEqual([gap]);
  });
});
