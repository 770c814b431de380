import { describe, expect, it } from 'vitest';
import { Batcher, type Settled } from './batcher';

/** A handler that records its batches and answers when told to. */
function gate<T>() {
  const batches: T[][] = [];
  const releases: (() => void)[] = [];
  const handle = async (items: T[]): Promise<Settled<string>[]> => {
    batches.push(items);
    await new Promise<void>((release) => releases.push(release));
    return items.map((item) =>
      String(item).startsWith('bad')
        ? { ok: false, error: new Error(`refused ${item}`) }
        : { ok: true, value: `done ${item}` },
    );
  };
  const releaseAll = async () => {
    while (releases.length) {
      releases.shift()!();
      await new Promise((r) => setImmediate(r));
    }
  };
  return { batches, handle, releaseAll };
}

describe('the batcher', () => {
  it('handles the first item at once and gathers those that arrive meanwhile into the next batch', async () => {
    const { batches, handle, releaseAll } = gate<string>();
    const batcher = new Batcher(handle, { maxBatch: 10, maxInFlight: 1 });
    const answers = ['a', 'b', 'c', 'd'].map((item) => batcher.submit(item));
    expect(batches).toEqual([['a']]);
    await releaseAll();
    expect(await Promise.all(answers)).toEqual(['done a', 'done b', 'done c', 'done d']);
    expect(batches).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it.each([
    // in flight at once, largest batch, items → batches
    [2, 10, ['a', 'b', 'c', 'd'], [['a'], ['b'], ['c', 'd']]],
    [1, 2, ['a', 'b', 'c', 'd', 'e'], [['a'], ['b', 'c'], ['d', 'e']]],
  ])('with %i in flight and batches of at most %i', async (maxInFlight, maxBatch, items, expected) => {
    const { batches, handle, releaseAll } = gate<string>();
    const batcher = new Batcher(handle, { maxBatch, maxInFlight });
    const answers = items.map((item) => batcher.submit(item));
    await releaseAll();
    await Promise.all(answers);
    expect(batches).toEqual(expected);
  });

  it('refuses one item alone and the whole batch when the handler fails', async () => {
    const { handle, releaseAll } = gate<string>();
    const batcher = new Batcher(handle, { maxBatch: 10, maxInFlight: 1 });
    const settled = Promise.allSettled([batcher.submit('good'), batcher.submit('bad')]);
    await releaseAll();
    const [good, bad] = await settled;
    expect(good).toEqual({ status: 'fulfilled', value: 'done good' });
    expect(bad).toMatchObject({ status: 'rejected', reason: new Error('refused bad') });

    const failing = new Batcher<string, string>(
      async () => {
        throw new Error('database gone');
      },
      { maxBatch: 10, maxInFlight: 1 },
    );
    await expect(Promise.all([failing.submit('x'), failing.submit('y')])).rejects.toThrow('database gone');
  });
});
