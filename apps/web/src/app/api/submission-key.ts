import { useState } from 'react';

/**
 * The idempotency key of a form's submission. Submitting the same content again (a retry after a
 * network failure or a timeout) reuses the key, so the server answers it from the first request
 * if that one got through; changed content, or a form opened anew, gets a fresh key.
 */
export class SubmissionKey {
  #content: string | null = null;
  #key = '';

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  /** The key for submitting `body`: the previous one while the body is unchanged. */
  for(body: unknown): string {
    const content = JSON.stringify(body);
    if (content !== this.#content) {
      this.#content = content;
      this.#key = this.newKey();
    }
    return this.#key;
  }

  /** After a submission went through: the next one, even with the same content, is a new one. */
  reset(): void {
    this.#content = null;
  }
}

/** A form's submission key, kept for as long as the form is mounted. */
export function useSubmissionKey(): SubmissionKey {
  const [key] = useState(() => new SubmissionKey());
  return key;
}
