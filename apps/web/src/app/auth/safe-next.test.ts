import { describe, expect, it } from 'vitest';
import { loginPathFor, safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it.each([
    ['/app/users?page=2', '/app/users?page=2'],
    ['/reference/regions', '/reference/regions'],
    [null, null],
    ['', null],
    ['https://example.com/', null],
    ['//example.com/app', null],
    ['/\\example.com', null],
    ['/login?next=/app', null],
    ['javascript:alert(1)', null],
  ])('accepts %s as %s', (raw, expected) => {
    expect(safeNextPath(raw)).toBe(expected);
  });
});

describe('loginPathFor', () => {
  it('carries the current path and query as next', () => {
    expect(loginPathFor({ pathname: '/app/users', search: '?page=2' })).toBe(
      '/login?next=%2Fapp%2Fusers%3Fpage%3D2',
    );
  });
  it('has no next from the home page', () => {
    expect(loginPathFor({ pathname: '/', search: '' })).toBe('/login');
  });
});
