import { seededRandom, uniformBelow } from './seeded-random';

export interface Weighted {
  /** A whole number of at least 1: how many tickets the member holds in the draw. */
  readonly weight: number;
}

/**
 * Draws `size` members without replacement, one at a time, each with a chance proportional to its
 * weight among those not yet drawn. The order of the population matters (it is the order the
 * tickets are laid out in), so callers fix it before drawing and store it with the seed. When the
 * population is smaller than `size`, every member is drawn. Returns the members in drawing order.
 */
export function weightedSample<T extends Weighted>(
  population: readonly T[],
  size: number,
  seed: string,
): T[] {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError('the size is a whole number');
  for (const member of population) {
    if (!Number.isSafeInteger(member.weight) || member.weight < 1) {
      throw new RangeError('every weight is a whole number of at least 1');
    }
  }
  const next = seededRandom(seed);
  const remaining = [...population];
  let total = remaining.reduce((sum, member) => sum + member.weight, 0);
  const drawn: T[] = [];
  const count = Math.min(size, remaining.length);
  while (drawn.length < count) {
    let ticket = uniformBelow(next, total);
    let index = 0;
    while (ticket >= remaining[index]!.weight) {
      ticket -= remaining[index]!.weight;
      index++;
    }
    const [member] = remaining.splice(index, 1);
    drawn.push(member!);
    total -= member!.weight;
  }
  return drawn;
}
