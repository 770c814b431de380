import { describe, expect, it } from 'vitest';
import {
  type Claimant,
  claimProblems,
  type OfferingFacts,
  offeringProblems,
  offeringTransitionProblem,
} from './offering-rules';

/** 郑州市's offering for 18–45-year-olds, 2026-05-01 to 2026-05-31, 100 vouchers. */
const offering: OfferingFacts = {
  status: 'open',
  regionCode: '410100',
  quantity: 100,
  claimedCount: 0,
  claimFrom: '2026-05-01',
  claimTo: '2026-05-31',
  minAge: 18,
  maxAge: 45,
  targetGroups: [],
};
/** Born 2000-05-10: 25 during the window. */
const worker: Claimant = { birthDate: '2000-05-10', regionCode: '410102', holdsUnusedVoucher: false };
const DAY = '2026-05-15';

describe('claimProblems', () => {
  it.each<[string, Partial<OfferingFacts>, Partial<Claimant>, string, string[]]>([
    ['an eligible worker inside the window', {}, {}, DAY, []],
    ['the first day of the window', {}, {}, '2026-05-01', []],
    ['the last day of the window', {}, {}, '2026-05-31', []],
    ['the day before the window', {}, {}, '2026-04-30', ['offering_not_started']],
    ['the day after the window', {}, {}, '2026-06-01', ['offering_ended']],
    ['an offering not yet opened', { status: 'draft' }, {}, DAY, ['offering_not_open']],
    ['a closed offering', { status: 'closed' }, {}, DAY, ['offering_not_open']],
    ['one voucher left', { claimedCount: 99 }, {}, DAY, []],
    ['every voucher claimed', { claimedCount: 100 }, {}, DAY, ['offering_sold_out']],
    ['the offering’s own region', {}, { regionCode: '410100' }, DAY, []],
    ['a province-wide offering', { regionCode: '410000' }, { regionCode: '410203' }, DAY, []],
    ['a worker of another city', {}, { regionCode: '410203' }, DAY, ['offering_other_region']],
    ['18 on the day (birthday)', {}, { birthDate: '2008-05-15' }, DAY, []],
    ['18 tomorrow', {}, { birthDate: '2008-05-16' }, DAY, ['offering_too_young']],
    ['45 until tomorrow', {}, { birthDate: '1980-05-16' }, DAY, []],
    ['46 on the day (birthday)', {}, { birthDate: '1980-05-15' }, DAY, ['offering_too_old']],
    ['no age bounds', { minAge: null, maxAge: null }, { birthDate: '1950-01-01' }, DAY, []],
    ['already holding an unused voucher', {}, { holdsUnusedVoucher: true }, DAY, ['offering_holds_voucher']],
    ['a group not yet declared, only asking', { targetGroups: ['registered_unemployed'] }, {}, DAY, []],
    [
      'a group required but not declared',
      { targetGroups: ['registered_unemployed'] },
      { targetGroup: null },
      DAY,
      ['offering_group_required'],
    ],
    [
      'a group declared that the offering names',
      { targetGroups: ['registered_unemployed', 'veteran'] },
      { targetGroup: 'veteran' },
      DAY,
      [],
    ],
    [
      'a group declared that the offering does not name',
      { targetGroups: ['registered_unemployed'] },
      { targetGroup: 'veteran' },
      DAY,
      ['offering_group_not_eligible'],
    ],
    ['a group declared for an offering open to all', {}, { targetGroup: 'veteran' }, DAY, []],
    [
      'everything at once, the offering first',
      { status: 'closed', claimedCount: 100 },
      { birthDate: '2010-01-01', holdsUnusedVoucher: true, regionCode: '410203' },
      '2026-06-01',
      [
        'offering_not_open',
        'offering_ended',
        'offering_sold_out',
        'offering_other_region',
        'offering_too_young',
        'offering_holds_voucher',
      ],
    ],
  ])('%s', (_label, change, claimant, today, expected) => {
    expect(claimProblems({ ...offering, ...change }, { ...worker, ...claimant }, today)).toEqual(expected);
  });
});

describe('offeringProblems', () => {
  type Setup = Parameters<typeof offeringProblems>[0];
  const setup: Setup = {
    claimFrom: '2026-05-01',
    claimTo: '2026-05-31',
    minAge: 18,
    maxAge: 45,
    targetGroups: [],
  };
  it.each<[string, Partial<Setup>, string, [string, string][]]>([
    ['a window of a month', {}, '2026-04-20', []],
    ['a window of one day', { claimTo: '2026-05-01' }, '2026-04-20', []],
    [
      'a window ending before it starts',
      { claimTo: '2026-04-30' },
      '2026-04-20',
      [['claimTo', 'offering_window_inverted']],
    ],
    ['a window ending today', {}, '2026-05-31', []],
    ['a window that ended yesterday', {}, '2026-06-01', [['claimTo', 'date_in_past']]],
    ['one age only', { minAge: 30, maxAge: 30 }, '2026-04-20', []],
    [
      'an age range upside down',
      { minAge: 30, maxAge: 29 },
      '2026-04-20',
      [['maxAge', 'offering_age_inverted']],
    ],
    [
      'a group named twice',
      { targetGroups: ['veteran', 'veteran'] },
      '2026-04-20',
      [['targetGroups', 'duplicate_target_group']],
    ],
  ])('%s', (_label, change, today, expected) => {
    const problems = offeringProblems(
      { ...setup, ...change } as Parameters<typeof offeringProblems>[0],
      today,
    );
    expect(problems.map((p) => [p.field, p.reason])).toEqual(expected);
  });
});

describe('offeringTransitionProblem', () => {
  it.each<[string, Partial<OfferingFacts>, 'open' | 'closed', string, string | null]>([
    ['opening a draft', { status: 'draft' }, 'open', DAY, null],
    ['opening a draft on its last day', { status: 'draft' }, 'open', '2026-05-31', null],
    ['opening a draft after its window', { status: 'draft' }, 'open', '2026-06-01', 'offering_ended'],
    ['reopening a closed offering', { status: 'closed' }, 'open', DAY, null],
    ['opening an open offering', {}, 'open', DAY, 'offering_cannot_open'],
    ['closing an open offering', {}, 'closed', DAY, null],
    ['closing a draft', { status: 'draft' }, 'closed', DAY, 'offering_cannot_close'],
    ['closing a closed offering', { status: 'closed' }, 'closed', DAY, 'offering_cannot_close'],
  ])('%s', (_label, change, to, today, expected) => {
    expect(offeringTransitionProblem({ ...offering, ...change }, to, today)).toBe(expected);
  });
});
