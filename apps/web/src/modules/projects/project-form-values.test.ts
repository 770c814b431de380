import { describe, expect, it } from 'vitest';
import { changedFields, formFieldsFor, fromFormValues, toFormValues } from './project-form-values';
import type { Project } from './projects-api';

const project: Project = {
  id: 'p1',
  status: 'published',
  version: 1,
  title: '郑州市养老护理员培训',
  occupationCode: '4-10-01-05',
  occupationName: '养老护理员',
  priorityField: 'elderly_childcare',
  skillLevel: null,
  postsAvailable: 20,
  skillRequirements: '生活照料',
  contentOutline: '基础护理',
  hoursTheory: 40,
  hoursPractice: 80,
  mode: 'offline',
  regionCode: '410100',
  regionName: '郑州市',
  targetGroups: ['registered_unemployed'],
  subsidyStandardRef: null,
  evaluationType: 'skill_level',
  consumables: 'low',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  publishedAt: '2026-01-01T00:00:00Z',
};

describe('project form values', () => {
  it('round-trips a project unchanged', () => {
    const fields = fromFormValues(toFormValues(project));
    expect(changedFields(project, fields)).toEqual({});
    expect(fields.skillLevel).toBeNull();
  });

  it('reports only what changed, blank text as null', () => {
    const values = { ...toFormValues(project), postsAvailable: 30, contentOutline: '  ', skillLevel: 'L4' };
    expect(changedFields(project, fromFormValues(values))).toEqual({
      postsAvailable: 30,
      contentOutline: null,
      skillLevel: 'L4',
    });
  });

  it('maps the hours gap to both hour fields', () => {
    expect(formFieldsFor('hours')).toEqual(['hoursTheory', 'hoursPractice']);
    expect(formFieldsFor('mode')).toEqual(['mode']);
    expect(formFieldsFor('title')).toEqual(['title']);
  });
});
