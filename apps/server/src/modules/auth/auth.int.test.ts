import { people, sessions, users } from '@qiancheng/db';
import { idNumberCheckCharacter } from '@qiancheng/domain/identity/index';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ QIANCHENG_LOGIN_MAX_FAILURES: '3' });
});
afterAll(() => t.close());

function validId(first17: string) {
  return `${first17}${idNumberCheckCharacter(first17)}`;
}

describe('sign-in, sessions and registration', () => {
  it('signs in, reports the user with permissions, and signs out', async () => {
    const cookie = await t.login('demo-staff-city');
    const me = await t.request({ url: '/api/v1/auth/me', cookie });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      username: 'demo-staff-city',
      role: 'staff',
      regionName: expect.any(String),
    });
    expect(me.json().user.permissions).toContain('region.overview');
    expect(me.json().user).not.toHaveProperty('passwordHash');
    const out = await t.request({ method: 'POST', url: '/api/v1/auth/logout', cookie });
    expect(out.statusCode).toBe(204);
    expect((await t.request({ url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);
  });

  it('expires a session left idle and clears its cookie', async () => {
    const cookie = await t.login('demo-institution');
    await t.platform.db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 3 * 3_600_000) });
    const response = await t.request({ url: '/api/v1/auth/me', cookie });
    expect(response.statusCode).toBe(401);
    expect(response.json().error.code).toBe('auth.session_expired');
    expect(String(response.headers['set-cookie'])).toMatch(/qc_session=;/);
    // The session row is gone: the stale cookie keeps meaning "signed out", never a 500.
    expect((await t.request({ url: '/api/v1/auth/me', cookie })).statusCode).toBe(401);
  });

  it('sets an httpOnly session cookie', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'demo-admin', password: 'Qiancheng2025' },
    });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/qc_session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'nobody', password: 'x' },
    });
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'demo-finance', password: 'x' },
    });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().error.code).toBe('auth.invalid_credentials');
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it('locks a username after repeated failures, even for the right password', async () => {
    for (let i = 0; i < 3; i += 1) {
      const r = await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { username: 'demo-auditor', password: 'wrong' },
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { username: 'DEMO-AUDITOR', password: 'Qiancheng2025' },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('auth.too_many_attempts');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    // Another account from the same address is not affected.
    expect(
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/auth/login',
          body: { username: 'demo-staff', password: 'Qiancheng2025' },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('registers a worker with a real name, masks personal data, and refuses the same ID twice', async () => {
    const idNumber = validId('41010219950101002');
    const body = {
      username: 'worker-zhao',
      password: 'abcdef12345',
      name: '赵六',
      idNumber,
      mobile: '+86 139-0000-1234',
    };
    const created = await t.request({ method: 'POST', url: '/api/v1/auth/register', body });
    expect(created.statusCode).toBe(201);
    const user = created.json().user;
    expect(user).toMatchObject({ role: 'worker', regionCode: '410102', mobileMasked: '139****1234' });
    expect(user.idNumberMasked).toBe(`4101**********${idNumber.slice(-4)}`);
    expect(created.body).not.toContain(idNumber);
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: { ...body, username: 'worker-zhao2' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('people.id_number_registered');
    const takenName = await t.request({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: { ...body, idNumber: validId('41010219950101004'), username: 'WORKER-ZHAO' },
    });
    expect(takenName.statusCode).toBe(409);
    expect(takenName.json().error.code).toBe('users.username_taken');
  });

  it('opens the account of a trainee a roster registered first, once, when the name (and any mobile on record) match', async () => {
    const trainee = async (name: string) => {
      const [row] = await t.platform.db.select().from(people).where(eq(people.name, name));
      return { id: row!.id, idNumber: t.platform.vault.decrypt(row!.idNumberCipher) };
    };
    const register = (username: string, name: string, idNumber: string, mobile = '13900001111') =>
      t.request({
        method: 'POST',
        url: '/api/v1/auth/register',
        body: { username, password: 'abcdef12345', name, idNumber, mobile },
      });
    const zhao = await trainee('赵秀英');
    const opened = await register('zhaoxiuying', '赵秀英', zhao.idNumber);
    expect(opened.statusCode, opened.body).toBe(201);
    const [account] = await t.platform.db.select().from(users).where(eq(users.username, 'zhaoxiuying'));
    expect(account!.personId).toBe(zhao.id);
    expect((await register('zhaoxiuying2', '赵秀英', zhao.idNumber)).json().error.code).toBe(
      'people.id_number_registered',
    );

    const qian = await trainee('钱建华');
    const wrongName = await register('qianjianhua', '钱建', qian.idNumber);
    expect(wrongName.statusCode).toBe(409);
    expect(wrongName.json().error.details).toEqual([expect.objectContaining({ field: 'idNumber' })]);

    // A mobile on record must be the one given.
    const sun = await trainee('孙丽娟');
    await t.platform.db
      .update(people)
      .set({ mobileHash: t.platform.vault.lookupHash('mobile', '13700002222') })
      .where(eq(people.id, sun.id));
    expect((await register('sunlijuan', '孙丽娟', sun.idNumber, '13900001111')).statusCode).toBe(409);
    expect((await register('sunlijuan', '孙丽娟', sun.idNumber, '13700002222')).statusCode).toBe(201);

    // Two sign-ups for one trainee at once: one account.
    const zhou = await trainee('周国强');
    const both = await Promise.all([
      register('zhouguoqiang1', '周国强', zhou.idNumber),
      register('zhouguoqiang2', '周国强', zhou.idNumber),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const accounts = await t.platform.db.select().from(users).where(eq(users.personId, zhou.id));
    expect(accounts).toHaveLength(1);
  });

  it('stores ID numbers and phones only encrypted', async () => {
    const idNumber = validId('41030219880808003');
    await t.request({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: {
        username: 'worker-qian',
        password: 'abcdef12345',
        name: '钱七',
        idNumber,
        mobile: '13712345678',
      },
    });
    const dump = await t.platform.db.execute(
      sql.raw('select p::text as row from people p union all select u::text from users u'),
    );
    const text = JSON.stringify((dump as unknown as { rows: unknown[] }).rows);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain('13712345678');
  });

  it('changes a password and signs out other sessions', async () => {
    const first = await t.login('demo-enterprise');
    const second = await t.login('demo-enterprise');
    const weak = await t.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookie: first,
      body: { currentPassword: 'Qiancheng2025', newPassword: 'weak' },
    });
    expect(weak.statusCode).toBe(400);
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookie: first,
      body: { currentPassword: 'not-it', newPassword: 'NewPassword2026' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].field).toBe('currentPassword');
    const ok = await t.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      cookie: first,
      body: { currentPassword: 'Qiancheng2025', newPassword: 'NewPassword2026' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.request({ url: '/api/v1/auth/me', cookie: first })).statusCode).toBe(200);
    expect((await t.request({ url: '/api/v1/auth/me', cookie: second })).statusCode).toBe(401);
    await t.login('demo-enterprise', 'NewPassword2026');
  });
});
