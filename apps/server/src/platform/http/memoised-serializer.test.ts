import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { memoisedSerializerCompiler } from './memoised-serializer';

const schema = z.object({ result: z.string(), count: z.number() });
const compile = () => memoisedSerializerCompiler({ schema, method: 'GET', url: '/x', httpStatus: '200' });

describe('memoisedSerializerCompiler', () => {
  it('encodes through the schema, dropping undeclared fields', () => {
    expect(compile()({ result: 'valid', count: 1, idNumber: '410102199003071230' })).toBe(
      '{"result":"valid","count":1}',
    );
  });

  it('encodes an object once and answers its body again', () => {
    const serialize = compile();
    const answer = Object.freeze({ result: 'valid', count: 1 });
    const first = serialize(answer);
    expect(serialize(answer)).toBe(first);
    expect(serialize({ result: 'revoked', count: 2 })).toBe('{"result":"revoked","count":2}');
  });

  it('still refuses a body the schema does not describe', () => {
    expect(() => compile()({ result: 'valid', count: 'one' })).toThrow();
  });
});
