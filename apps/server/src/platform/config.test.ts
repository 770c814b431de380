import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to embedded PGlite with demo data on port 3000', () => {
    const config = loadConfig({}, '/srv/qiancheng');
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: null,
      demo: true,
      dataDir: '/srv/qiancheng/data',
    });
  });

  it('uses PostgreSQL without demo data when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/qc', PORT: '8080' }, '/srv');
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://db/qc', demo: false });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '-1' }, /PORT/],
    [{ QIANCHENG_DEMO: 'maybe' }, /QIANCHENG_DEMO/],
    [{ QIANCHENG_REGION: '410100' }, /province code/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv')).toThrow(message);
  });
});
