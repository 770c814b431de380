import { ROLES, type Role } from '@qiancheng/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { menuEntriesFor } from '../../apps/web/src/app/menus/menu-entries';
import { launchBrowser, newPage, screenshot, signIn } from './support/browser';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const DEMO_BY_ROLE: Record<Role, string> = {
  worker: 'demo-worker',
  enterprise: 'demo-enterprise',
  institution: 'demo-institution',
  assessor: 'demo-assessor',
  staff: 'demo-staff-city',
  finance: 'demo-finance',
  auditor: 'demo-auditor',
  admin: 'demo-admin',
};

describe('public pages in zh-CN', () => {
  it('shows the home page with live figures from the API', async () => {
    const page = await newPage(browser, baseUrl);
    const overview = page.waitForResponse((r) => r.url().includes('/api/v1/public/overview') && r.ok());
    await page.goto('/');
    const figures = (await (await overview).json()).figures;
    await expect(page.getByText('技能照亮前程').first().isVisible()).resolves.toBe(true);
    await page.getByText(String(figures.workers), { exact: true }).first().waitFor();
    await screenshot(page, 'home-zh-CN');
    await page.context().close();
  });

  it('shows the login page', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/login');
    await page.getByTestId('login-username').waitFor();
    expect(await page.getByTestId('login-submit').textContent()).toMatch(/登\s*录/);
    await screenshot(page, 'login-zh-CN');
    await page.context().close();
  });

  it('explains a wrong password without leaving the page', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/login');
    await page.getByTestId('login-username').fill('demo-staff');
    await page.getByTestId('login-password').fill('wrong-password-1');
    await page.getByTestId('login-submit').click();
    await page.getByText('用户名或密码错误').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.context().close();
  });
});

describe('every demo role signs in and sees its own menu', () => {
  it.each(ROLES)('%s', async (role) => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, DEMO_BY_ROLE[role]);
    const menu = page.getByTestId('side-menu');
    await menu.waitFor();
    const keys = await menu
      .locator('[data-menu-key]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-menu-key')));
    expect(keys).toEqual(menuEntriesFor(role).map((entry) => entry.key));
    await page.getByTestId('dashboard-duties').waitFor();
    await screenshot(page, `dashboard-${role}`);
    await page.context().close();
  });
});

describe('region scope in the browser', () => {
  it('lets city staff drill into their city and refuses another city', async () => {
    const page = await newPage(browser, baseUrl);
    await signIn(page, 'demo-staff-city');
    await page.goto('/app/regions/410100');
    await page.getByText('中原区').first().waitFor();
    const refused = page.waitForResponse((r) => r.url().includes('/api/v1/regions/410200/overview'));
    await page.goto('/app/regions/410200');
    expect((await refused).status()).toBe(403);
    await page.getByText('该数据不在您的管辖区域内').first().waitFor();
    await page.getByTestId('query-error').waitFor();
    await screenshot(page, 'region-refused-zh-CN');
    await page.context().close();
  });
});

describe('language', () => {
  it('switches to English and back', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/login');
    await page.getByTestId('locale-switch').click();
    await page
      .getByText(/Sign in/i)
      .first()
      .waitFor();
    await screenshot(page, 'login-en-US');
    await page.context().close();
  });
});
