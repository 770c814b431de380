import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newPage, screenshot } from './support/browser';
import { apiResponse } from './support/page-helpers';

/*
 * 证书查验 as the public meets it: found from the portal menu, a mistyped number refused beside the
 * field before anything is asked, an unknown number answered "not found" without saying whether the
 * number or the name was wrong, and a QR code's link landing straight on the answer. The keys that
 * sign certificates are published for anyone to check a credential with. (Issuing, revoking and a
 * valid answer are walked through in the integration tests; the class-to-certificate walk uses the
 * same page's test ids.)
 */
const baseUrl = inject('baseUrl');
let browser: Browser;

const UNKNOWN = 'P41010020259999999';

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('certificate verification', () => {
  it('is reached from the portal menu and refuses a mistyped number beside the field', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/');
    await page.getByTestId('public-menu').locator('[data-menu-key="portal-verify"]').click();
    await page.waitForURL('**/verify');
    await page.getByTestId('verify-number').fill('P4101002025');
    await page.getByTestId('verify-name').fill('王芳');
    let asked = false;
    page.on('request', (request) => {
      if (request.url().includes('/api/v1/public/certificates/verify')) asked = true;
    });
    await page.getByTestId('verify-submit').click();
    await page.getByText('不是有效的证书编号').waitFor();
    expect(asked).toBe(false);
    await page.context().close();
  });

  it('answers an unknown number “not found”', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto('/verify');
    await page.getByTestId('verify-number').fill(UNKNOWN.toLowerCase());
    await page.getByTestId('verify-name').fill('王芳');
    const answered = apiResponse(page, '/api/v1/public/certificates/verify');
    await page.getByTestId('verify-submit').click();
    const response = await answered;
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ result: 'not_found', certificate: null });
    const notFound = page.getByTestId('verify-not-found');
    await notFound.getByText('未查询到证书').waitFor();
    await notFound.getByText('没有与该证书编号和姓名相符的证书').waitFor();
    expect(new URL(page.url()).searchParams.get('number')).toBe(UNKNOWN.toLowerCase());
    await screenshot(page, 'certificate-verification-not-found-zh-CN');
    await page.context().close();
  });

  it('lands a QR code’s link on the answer, in English too', async () => {
    const page = await newPage(browser, baseUrl);
    await page.goto(`/verify?number=${UNKNOWN}&name=${encodeURIComponent('王芳')}`);
    await page.getByTestId('verify-not-found').getByText('未查询到证书').waitFor();
    await page.getByTestId('locale-switch').click();
    await page.getByTestId('verify-not-found').getByText('No certificate found').waitFor();
    expect(await page.getByTestId('verify-number').inputValue()).toBe(UNKNOWN);
    expect(await page.getByTestId('verify-name').inputValue()).toBe('王芳');
    await screenshot(page, 'certificate-verification-not-found-en-US');
    await page.context().close();
  });

  it('publishes the signing keys as a JSON Web Key Set', async () => {
    const response = await fetch(`${baseUrl}/.well-known/jwks.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const { keys } = (await response.json()) as { keys: Record<string, string>[] };
    expect(Array.isArray(keys)).toBe(true);
    for (const key of keys) {
      expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
      expect(key).not.toHaveProperty('d');
    }
  });
});
