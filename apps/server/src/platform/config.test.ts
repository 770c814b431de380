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
      socialSecurityCard: 'platform',
    });
  });

  it('uses PostgreSQL without demo data when DATABASE_URL is set', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db/qc', PORT: '8080' }, '/srv');
    expect(config).toMatchObject({ port: 8080, databaseUrl: 'postgres://db/qc', demo: false });
  });

  it.each([
    [{}, 'http://localhost:3000'],
    [{ QIANCHENG_PUBLIC_URL: 'https://px.example.gov.cn' }, 'https://px.example.gov.cn'],
    [{ QIANCHENG_PUBLIC_URL: ' https://PX.example.gov.cn/ ' }, 'https://px.example.gov.cn'],
    [{ QIANCHENG_PUBLIC_URL: 'http://10.1.2.3:8080' }, 'http://10.1.2.3:8080'],
    [{ QIANCHENG_PUBLIC_URL: 'https://px.example.gov.cn:443/' }, 'https://px.example.gov.cn'],
  ])('takes the public origin from %j', (env, publicUrl) => {
    expect(loadConfig(env, '/srv').publicUrl).toBe(publicUrl);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT/],
    [{ PORT: '-1' }, /PORT/],
    [{ QIANCHENG_DEMO: 'maybe' }, /QIANCHENG_DEMO/],
    [{ QIANCHENG_REGION: '410100' }, /province code/],
    [{ QIANCHENG_PUBLIC_URL: 'px.example.gov.cn' }, /QIANCHENG_PUBLIC_URL/],
    [{ QIANCHENG_PUBLIC_URL: 'ftp://px.example.gov.cn' }, /http\(s\)/],
    [{ QIANCHENG_PUBLIC_URL: 'https://user:secret@px.example.gov.cn' }, /without credentials/],
    [{ QIANCHENG_PUBLIC_URL: 'https://px.example.gov.cn/training' }, /without path/],
    [{ QIANCHENG_PUBLIC_URL: 'https://px.example.gov.cn/?a=1' }, /without path/],
    [{ QIANCHENG_SOCIAL_SECURITY_CARD: 'wechat' }, /QIANCHENG_SOCIAL_SECURITY_CARD must be one of platform/],
  ])('refuses %j', (env, message) => {
    expect(() => loadConfig(env, '/srv')).toThrow(ConfigError);
    expect(() => loadConfig(env, '/srv')).toThrow(message);
  });
});
