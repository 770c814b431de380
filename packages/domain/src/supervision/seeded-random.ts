/**
 * The random source of a supervision draw. The server takes the seed from the operating system's
 * cryptographic generator and stores it with the sample; everything after that is deterministic,
 * so anyone holding the seed and the weights can re-run the draw and get the same classes.
 *
 * The generator is sfc32 (Chris Doty-Humphrey's Small Fast Counter, 32-bit), chosen because it is
 * published, tiny enough to re-implement from this file in any language, and passes PractRand.
 */

/** 32 lowercase hexadecimal digits: 128 bits, the generator's whole state. */
export const SEED_PATTERN = /^[0-9a-f]{32}$/;

/** How many bytes of randomness a new seed takes. */
export const SEED_BYTES = 16;

/** Outputs thrown away after seeding, so that seeds differing in a few bits start far apart. */
const WARM_UP_ROUNDS = 20;

export function isSeed(value: string): boolean {
  return SEED_PATTERN.test(value);
}

/**
 * A generator of unsigned 32-bit integers from a seed, whose four 32-bit words (eight hex digits
 * each, in order) are the generator's state. Its counter word keeps even an all-zero state moving.
 */
export function seededRandom(seed: string): () => number {
  if (!isSeed(seed)) throw new RangeError('a seed is 32 lowercase hexadecimal digits');
  const word = (index: number) => Number.parseInt(seed.slice(index * 8, index * 8 + 8), 16) | 0;
  let [a, b, c, d] = [word(0), word(1), word(2), word(3)];
  const next = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  for (let round = 0; round < WARM_UP_ROUNDS; round++) next();
  return next;
}

const TWO_TO_32 = 2 ** 32;

/**
 * A whole number in [0, bound) with every value equally likely: draws falling in the incomplete
 * last stretch of the 32-bit range are drawn again, so no value is favoured by the remainder.
 */
export function uniformBelow(next: () => number, bound: number): number {
  if (!Number.isSafeInteger(bound) || bound < 1 || bound > TWO_TO_32) {
    throw new RangeError('the bound is a whole number from 1 to 2^32');
  }
  const limit = TWO_TO_32 - (TWO_TO_32 % bound);
  for (;;) {
    const value = next();
    if (value < limit) return value % bound;
  }
}
