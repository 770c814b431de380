import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
let webDist: string;

beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'qiancheng-web-'));
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>前程</title><div id="root"></div>');
  writeFileSync(join(webDist, 'assets', 'app-1.js'), 'console.log(1)');
  t = await startTestApp({ QIANCHENG_WEB_DIST: webDist });
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

describe('the web app served by the API process', () => {
  it.each(['/', '/login', '/app/users', '/reference/occupations'])('serves the page for %s', async (url) => {
    const response = await t.request({ url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/html/);
    expect(response.body).toContain('前程');
  });

  it('serves built assets, and one added after start', async () => {
    expect((await t.request({ url: '/assets/app-1.js' })).body).toBe('console.log(1)');
    writeFileSync(join(webDist, 'assets', 'app-2.js'), 'console.log(2)');
    expect((await t.request({ url: '/assets/app-2.js' })).body).toBe('console.log(2)');
  });

  it.each(['/assets/missing.js', '/favicon-missing.png'])(
    'answers 404 for a missing file %s',
    async (url) => {
      const response = await t.request({ url });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('common.route_not_found');
    },
  );

  it.each([
    ['GET', '/api/v1/no-such-thing'],
    ['POST', '/api/v1/no-such-thing'],
  ] as const)('answers %s %s with the API 404, not the page and not 401', async (method, url) => {
    const response = await t.request({ method, url, ...(method === 'POST' ? { body: {} } : {}) });
    expect(response.statusCode).toBe(404);
    expect(response.json().error.code).toBe('common.route_not_found');
  });
});
