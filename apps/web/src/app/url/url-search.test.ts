import { describe, expect, it } from 'vitest';
import { nextUrlSearch, readUrlSearch } from './url-search';

const KEYS = ['q', 'region'] as const;

describe('readUrlSearch', () => {
  it('reads known filters and a valid page, ignoring the rest', () => {
    const params = new URLSearchParams('q=%E7%83%B9%E9%A5%AA&region=410100&page=3&other=x');
    expect(readUrlSearch(params, KEYS)).toEqual({ q: '烹饪', region: '410100', page: 3, pageSize: 20 });
  });
  it('falls back on a bad page and caps the page size', () => {
    expect(readUrlSearch(new URLSearchParams('page=-2&pageSize=5000&q=%20'), KEYS)).toEqual({
      page: 1,
      pageSize: 200,
    });
  });
});

describe('nextUrlSearch', () => {
  const current = { q: '护理', page: 4, pageSize: 20 };
  it('goes back to the first page when a filter changes', () => {
    expect(nextUrlSearch(current, { region: '410100' }, KEYS).toString()).toBe(
      'q=%E6%8A%A4%E7%90%86&region=410100',
    );
  });
  it('keeps the filters when only the page changes', () => {
    expect(nextUrlSearch(current, { page: 5 }, KEYS).toString()).toBe('q=%E6%8A%A4%E7%90%86&page=5');
  });
  it('drops a cleared filter', () => {
    expect(nextUrlSearch(current, { q: undefined }, KEYS).toString()).toBe('');
  });
});
