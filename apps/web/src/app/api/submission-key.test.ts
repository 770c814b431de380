import { describe, expect, it } from 'vitest';
import { SubmissionKey } from './submission-key';

function counter() {
  let n = 0;
  return () => `key-${++n}`;
}

describe('SubmissionKey', () => {
  it('reuses the key while the same content is submitted again', () => {
    const key = new SubmissionKey(counter());
    expect(key.for({ amountFen: 100, reason: 'a' })).toBe('key-1');
    expect(key.for({ amountFen: 100, reason: 'a' })).toBe('key-1');
  });

  it('takes a new key for changed content', () => {
    const key = new SubmissionKey(counter());
    key.for({ amountFen: 100 });
    expect(key.for({ amountFen: 101 })).toBe('key-2');
  });

  it('takes a new key after a submission went through, even for the same content', () => {
    const key = new SubmissionKey(counter());
    key.for({ amountFen: 100 });
    key.reset();
    expect(key.for({ amountFen: 100 })).toBe('key-2');
  });

  it('makes UUIDs by default', () => {
    expect(new SubmissionKey().for({})).toMatch(/^[0-9a-f-]{36}$/);
  });
});
