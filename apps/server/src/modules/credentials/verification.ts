import type { Database } from '@qiancheng/db';
import { holderNameKey } from '@qiancheng/domain/credentials/index';
import { Batcher } from '../../platform/batching/batcher';
import { AppError } from '../../platform/http/app-error';
import * as repo from './repository';
import { NOT_FOUND, publicAnswer, type VerificationAnswer } from './views';

/**
 * How many look-ups that find nothing an address may make within the window before it must wait.
 * Someone checking certificates they hold in their hands rarely mistypes twenty times in ten
 * minutes; someone walking through numbers with a list of common names does at once.
 */
export const VERIFICATION_LIMITS = { maxMisses: 20, windowMinutes: 10 };

/**
 * How long a certificate found is answered from this process's memory. Short, so that a revocation
 * made through another process shows within seconds; this process forgets a certificate at once
 * when it revokes it.
 */
export const HIT_TTL_MS = 3_000;

/** Enough for the certificates being checked at any moment; the oldest entries go first. */
const MAX_CACHED = 50_000;

interface CachedHit {
  expiresAt: number;
  holderKey: string;
  answer: VerificationAnswer;
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * Public certificate verification (证书查验): a number and the holder's name answer valid or revoked
 * with the masked name and the certificate's facts; anything else answers "not found", the same for
 * an unknown number as for a known number with another name, so neither is revealed.
 *
 * Misses are counted per address in the database, so the limit holds across app processes. A hit
 * never touches that table: only addresses this process has seen blocked are refused in memory.
 * Once blocked, an address is refused whether its next guess would hit or miss, so the refusal
 * itself reveals nothing.
 */
export class CertificateVerification {
  readonly #hits = new Map<string, CachedHit>();
  readonly #blocked = new Map<string, number>();
  /**
   * Look-ups that reach the database while others are under way are made together, in one query
   * (see Batcher): under load most verifications ask about certificates no one asked about in the
   * last seconds, and a round trip apiece would bound them. One batch at a time: the look-ups that
   * gather meanwhile make the next batch larger, which on a small machine answers more of them
   * than batches run side by side (measured by bench/certificate-verify).
   */
  readonly #lookups: Batcher<string, repo.VerificationRecord | null>;

  constructor(
    private readonly db: Database,
    private readonly limits = VERIFICATION_LIMITS,
  ) {
    const find = repo.prepareVerificationLookup(db);
    this.#lookups = new Batcher(
      async (numbers) => {
        const found = await find(numbers);
        return numbers.map((number) => ({ ok: true, value: found.get(number) ?? null }));
      },
      { maxBatch: 200, maxInFlight: 1 },
    );
  }

  async verify(ip: string | null, number: string, name: string): Promise<VerificationAnswer> {
    const address = ip ?? 'unknown';
    this.assertNotBlocked(address);
    const hit = await this.lookup(number);
    if (hit && hit.holderKey === holderNameKey(name)) return hit.answer;
    await this.recordMiss(address);
    return NOT_FOUND;
  }

  /** Drops a certificate from memory, so this process answers its new state at once. */
  forget(number: string): void {
    this.#hits.delete(number);
  }

  private async lookup(number: string): Promise<CachedHit | null> {
    const now = Date.now();
    const cached = this.#hits.get(number);
    if (cached && cached.expiresAt > now) return cached;
    const record = await this.#lookups.submit(number);
    if (!record) return null;
    const hit = {
      expiresAt: now + HIT_TTL_MS,
      holderKey: holderNameKey(record.holderName),
      answer: publicAnswer(record),
    };
    this.#hits.delete(number);
    this.#hits.set(number, hit);
    if (this.#hits.size > MAX_CACHED) this.#hits.delete(this.#hits.keys().next().value!);
    return hit;
  }

  private assertNotBlocked(address: string): void {
    const until = this.#blocked.get(address);
    if (until === undefined) return;
    if (until > Date.now()) throw blockedUntil(until);
    this.#blocked.delete(address);
  }

  private async recordMiss(address: string): Promise<void> {
    const windowMs = this.limits.windowMinutes * 60_000;
    const now = Date.now();
    const { misses, oldest } = await repo.recordMiss(
      this.db,
      address,
      new Date(now),
      new Date(now - windowMs),
    );
    if (misses <= this.limits.maxMisses) return;
    // Free again once enough misses have left the window to bring the count back under the limit;
    // the oldest leaving is the earliest that can happen.
    const until = (oldest ? new Date(oldest).getTime() : now) + windowMs;
    this.block(address, until);
    throw blockedUntil(until);
  }

  private block(address: string, until: number): void {
    if (this.#blocked.size >= MAX_CACHED) {
      const now = Date.now();
      for (const [key, value] of this.#blocked) if (value <= now) this.#blocked.delete(key);
    }
    this.#blocked.set(address, until);
  }
}

/** The refusal, naming the minute (China time) from which the address may try again. */
function blockedUntil(until: number): AppError {
  const retryAt = Math.ceil(until / 60_000) * 60_000;
  const seconds = Math.max(1, Math.ceil((retryAt - Date.now()) / 1000));
  return new AppError('credentials.verification_blocked', {
    params: {
      retryAt: new Date(retryAt + CHINA_OFFSET_MS).toISOString().slice(11, 16),
      retryAfterMinutes: Math.ceil(seconds / 60),
    },
    headers: { 'retry-after': String(seconds) },
  });
}
