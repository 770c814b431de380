import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightedSample } from './weighted-sample';

const classes = (weights: number[]) =>
  weights.map((weight, index) => ({ id: String.fromCharCode(65 + index), weight }));
const ids = (members: { id: string }[]) => members.map((m) => m.id).join('');

/** Seeds as the server makes them (128 random-looking bits), but reproducible. */
const seedOf = (n: number) => createHash('sha256').update(String(n)).digest('hex').slice(0, 32);

const seedArbitrary = fc
  .uint8Array({ minLength: 16, maxLength: 16 })
  .map((bytes) => Buffer.from(bytes).toString('hex'));
const populationArbitrary = fc
  .array(fc.integer({ min: 1, max: 6 }), { maxLength: 40 })
  .map((weights) => weights.map((weight, index) => ({ id: index, weight })));

describe('weightedSample', () => {
  it.each([
    // population weights, size, seed, drawn in order
    [[3, 1, 1, 1, 1, 1], 3, '00000000000000000000000000000000', 'AFB'],
    [[3, 1, 1, 1, 1, 1], 3, 'ffffffffffffffffffffffffffffffff', 'EAF'],
    [[3, 1, 1, 1, 1, 1], 3, '00112233445566778899aabbccddeeff', 'ACE'],
    [[3, 1, 1, 1, 1, 1], 10, '9e3779b97f4a7c15f39cc0605cedc834', 'AFEDBC'],
    [[1, 1], 0, '9e3779b97f4a7c15f39cc0605cedc834', ''],
    [[], 5, '9e3779b97f4a7c15f39cc0605cedc834', ''],
    [[5], 1, '00000000000000000000000000000000', 'A'],
  ])('%j, size %i, seed %s → %s', (weights, size, seed, expected) => {
    expect(ids(weightedSample(classes(weights), size, seed))).toBe(expected);
  });

  it.each([
    ['a weight of 0', [1, 0], 1],
    ['a fractional weight', [1, 1.5], 1],
    ['a negative size', [1, 1], -1],
    ['a fractional size', [1, 1], 1.5],
  ])('refuses %s', (_, weights, size) => {
    expect(() => weightedSample(classes(weights), size, seedOf(1))).toThrow(RangeError);
  });

  it('draws members in proportion to their weights', () => {
    // A class of a warned institution (2 tickets) among four of normal standing (1 each): drawn
    // first in 2 of 6 draws, each other class in 1 of 6. Fixed seeds make the counts exact.
    const population = classes([2, 1, 1, 1, 1]);
    const firsts = new Map<string, number>();
    const draws = 6000;
    for (let n = 0; n < draws; n++) {
      const [first] = weightedSample(population, 1, seedOf(n));
      firsts.set(first!.id, (firsts.get(first!.id) ?? 0) + 1);
    }
    expect((firsts.get('A') ?? 0) / draws).toBeCloseTo(2 / 6, 1);
    for (const id of 'BCDE') expect((firsts.get(id) ?? 0) / draws).toBeCloseTo(1 / 6, 1);
    expect(firsts.get('A')).toBeGreaterThan(1.7 * Math.max(...[...'BCDE'].map((id) => firsts.get(id)!)));
  });

  it('draws no member twice, the asked size or the whole population, the same again from its seed', () => {
    fc.assert(
      fc.property(populationArbitrary, fc.nat({ max: 50 }), seedArbitrary, (population, size, seed) => {
        const drawn = weightedSample(population, size, seed);
        expect(new Set(drawn.map((m) => m.id)).size).toBe(drawn.length);
        expect(drawn.length).toBe(Math.min(size, population.length));
        expect(drawn.every((m) => population.includes(m))).toBe(true);
        expect(weightedSample(population, size, seed)).toEqual(drawn);
      }),
    );
  });

  it('draws a smaller sample as the start of a larger one from the same seed', () => {
    fc.assert(
      fc.property(populationArbitrary, fc.nat({ max: 40 }), seedArbitrary, (population, size, seed) => {
        const larger = weightedSample(population, size + 3, seed);
        expect(weightedSample(population, size, seed)).toEqual(larger.slice(0, size));
      }),
    );
  });
});
