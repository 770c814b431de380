import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG, FIELD_REASONS } from '../errors/catalog';
import {
  actionNeedsReason,
  BRAND_ACTION_NAMES,
  BRAND_ACTIONS,
  BRAND_STATUS_NAMES,
  BRAND_STATUSES,
  brandActionActor,
  holdsName,
  nextBrandStatus,
  reviewActions,
} from './brand-lifecycle';
import { BRAND_ERRORS, BRAND_FIELD_REASONS } from './errors';

describe('nextBrandStatus', () => {
  it.each([
    ['submitted', 'approve', 'approved'],
    ['submitted', 'return', 'returned'],
    ['submitted', 'reject', 'rejected'],
    ['submitted', 'resubmit', null],
    ['submitted', 'publish', null],
    ['returned', 'resubmit', 'submitted'],
    ['returned', 'approve', null],
    ['returned', 'return', null],
    ['returned', 'reject', 'rejected'],
    ['returned', 'publish', null],
    ['approved', 'publish', 'published'],
    ['approved', 'return', 'returned'],
    ['approved', 'reject', 'rejected'],
    ['approved', 'approve', null],
    ['approved', 'resubmit', null],
    ['rejected', 'resubmit', null],
    ['rejected', 'approve', null],
    ['rejected', 'publish', null],
    ['published', 'return', null],
    ['published', 'reject', null],
    ['published', 'publish', null],
    ['published', 'resubmit', null],
  ] as const)('%s --%s--> %s', (from, action, to) => {
    expect(nextBrandStatus(from, action)).toBe(to);
  });

  it('leaves published and rejected brands with no way out', () => {
    for (const status of ['published', 'rejected'] as const) {
      expect(BRAND_ACTIONS.filter((action) => nextBrandStatus(status, action))).toEqual([]);
    }
  });
});

describe('who acts and why', () => {
  it.each([
    ['resubmit', 'applicant'],
    ['approve', 'reviewer'],
    ['return', 'reviewer'],
    ['reject', 'reviewer'],
    ['publish', 'reviewer'],
  ] as const)('%s is taken by the %s', (action, actor) => {
    expect(brandActionActor(action)).toBe(actor);
  });

  it.each([
    ['submitted', ['approve', 'return', 'reject']],
    ['returned', ['reject']],
    ['approved', ['return', 'reject']],
    ['rejected', []],
    ['published', []],
  ] as const)('a reviewer may decide %s applications with %j', (status, actions) => {
    expect(reviewActions(status)).toEqual(actions);
  });

  it.each([
    ['approve', false],
    ['return', true],
    ['reject', true],
    ['resubmit', false],
    ['publish', false],
  ] as const)('%s needs a reason: %s', (action, needed) => {
    expect(actionNeedsReason(action)).toBe(needed);
  });

  it.each([
    ['submitted', true],
    ['returned', true],
    ['approved', true],
    ['published', true],
    ['rejected', false],
  ] as const)('a %s application holds its name: %s', (status, holds) => {
    expect(holdsName(status)).toBe(holds);
  });
});

describe('names and messages', () => {
  it('names every status and action in both languages', () => {
    for (const status of BRAND_STATUSES) {
      expect(BRAND_STATUS_NAMES[status]['zh-CN']).not.toBe('');
      expect(BRAND_STATUS_NAMES[status]['en-US']).not.toBe('');
    }
    for (const action of BRAND_ACTIONS) {
      expect(BRAND_ACTION_NAMES[action]['zh-CN']).not.toBe('');
      expect(BRAND_ACTION_NAMES[action]['en-US']).not.toBe('');
    }
  });

  it('is part of the error catalogue, with the same placeholders in both languages', () => {
    // A name given in each language ({statusZh}, {statusEn}) counts as one placeholder.
    const placeholders = (text: string) =>
      [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(Zh|En)$/, '')).sort();
    for (const [code, definition] of Object.entries(BRAND_ERRORS)) {
      expect(ERROR_CATALOG[code as keyof typeof ERROR_CATALOG]).toBe(definition);
      expect(placeholders(definition['zh-CN'])).toEqual(placeholders(definition['en-US']));
    }
    for (const [reason, messages] of Object.entries(BRAND_FIELD_REASONS)) {
      expect(FIELD_REASONS[reason as keyof typeof FIELD_REASONS]).toBe(messages);
      expect(placeholders(messages['zh-CN'])).toEqual(placeholders(messages['en-US']));
    }
  });
});
