/** One item's outcome in a batch: its value, or the error that refuses it alone. */
export type Settled<R> = { ok: true; value: R } | { ok: false; error: unknown };

interface Waiting<T, R> {
  item: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

/**
 * Items that arrive together are handled together. Under load, handling each request's item on
 * its own costs a database round trip (and often a commit) apiece; here the items that arrive
 * while earlier batches are being handled are collected and handed over as one batch when a
 * batch finishes. Nothing waits on a timer: with nothing in flight an item is handled at once, so
 * a quiet system pays no delay and a busy one works in batches as large as the load makes them.
 * The queue lives in one process; several processes each batch their own requests.
 */
export class Batcher<T, R> {
  readonly #queue: Waiting<T, R>[] = [];
  #inFlight = 0;

  /**
   * `handle` answers every item of a batch, in order; if it throws, every item of the batch is
   * refused with that error.
   */
  constructor(
    private readonly handle: (items: T[]) => Promise<Settled<R>[]>,
    private readonly limits: { maxBatch: number; maxInFlight: number },
  ) {}

  submit(item: T): Promise<R> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    while (this.#inFlight < this.limits.maxInFlight && this.#queue.length > 0) {
      const batch = this.#queue.splice(0, this.limits.maxBatch);
      this.#inFlight += 1;
      void this.#run(batch).finally(() => {
        this.#inFlight -= 1;
        this.#pump();
      });
    }
  }

  async #run(batch: Waiting<T, R>[]): Promise<void> {
    let results: Settled<R>[];
    try {
      results = await this.handle(batch.map((w) => w.item));
    } catch (error) {
      for (const waiting of batch) waiting.reject(error);
      return;
    }
    for (const [index, waiting] of batch.entries()) {
      const result = results[index];
      if (!result) waiting.reject(new Error('the batch handler gave no answer for an item'));
      else if (result.ok) waiting.resolve(result.value);
      else waiting.reject(result.error);
    }
  }
}
