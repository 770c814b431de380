import { creditCodeCheckCharacter } from '@qiancheng/domain/identity/credit-code';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { chooseCascade, chooseOption, confirmPopconfirm, fillDate } from './antd';
import { apiResponse, chinaDate } from './page-helpers';

export interface RegisteredInstitution {
  institutionId: string;
  name: string;
  username: string;
  password: string;
  sequence: string;
  /** The credit code's first 17 characters, the check character left to compute. */
  creditCodeStem: string;
}

/** A fresh seven-digit sequence, so repeated runs against one database never collide. */
export function freshSequence(): string {
  return String(Date.now() % 10_000_000).padStart(7, '0');
}

/**
 * Walks the self-registration form of a 社会培训机构 in 郑州市金水区, qualified for 养老护理员, from the
 * sign-in page to its own page awaiting review. `onInstitutionStep` lets a caller try bad input on
 * the institution step first; `beforeSubmit` sees the summary before it is sent.
 */
export async function registerInstitution(
  page: Page,
  options: {
    sequence?: string;
    onInstitutionStep?: (creditCodeStem: string) => Promise<void>;
    beforeSubmit?: () => Promise<void>;
  } = {},
): Promise<RegisteredInstitution> {
  const sequence = options.sequence ?? freshSequence();
  const creditCodeStem = `52410105MJ${sequence}`;
  const name = `金水区技能培训学校${sequence}`;
  const username = `jinshui-${sequence}`;
  const password = 'Peixun2026jx';

  await page.goto('/login');
  await page.getByTestId('login-register-institution').click();
  await page.getByTestId('registration-steps').waitFor();

  // 账号
  await page.getByTestId('account-username').fill(username);
  await page.getByTestId('account-password').fill(password);
  await page.getByTestId('account-confirm-password').fill(password);
  await page.getByTestId('registration-next').click();

  // 机构信息
  await options.onInstitutionStep?.(creditCodeStem);
  await page
    .getByTestId('institution-credit-code')
    .fill(`${creditCodeStem}${creditCodeCheckCharacter(creditCodeStem)}`);
  await page.getByTestId('institution-name').fill(name);
  await chooseOption(page, 'institution-type', '社会培训机构');
  await chooseCascade(page, 'institution-region', ['河南省', '郑州市', '金水区']);
  await page.getByTestId('institution-address').fill('文化路 18 号');
  await page.getByTestId('institution-legal-representative').fill('王建国');
  await page.getByTestId('institution-contact-name').fill('李晓梅');
  await page.getByTestId('institution-contact-phone').fill('13900003333');
  await page.getByTestId('registration-next').click();

  // 资质
  await chooseOption(page, 'qualification-0-kind', '民办学校办学许可证');
  await page.getByTestId('qualification-0-number').fill(`教民${sequence}`);
  await page.getByTestId('qualification-0-issuer').fill('郑州市金水区人力资源和社会保障局');
  await fillDate(page, 'qualification-0-valid-from', chinaDate(-400));
  await fillDate(page, 'qualification-0-valid-until', chinaDate(1000));
  await page.getByTestId('registration-next').click();

  // 培训场地
  await page.getByTestId('site-0-name').fill('文化路校区');
  await chooseCascade(page, 'site-0-region', ['河南省', '郑州市', '金水区']);
  await page.getByTestId('site-0-address').fill('文化路 18 号');
  await page.getByTestId('site-0-capacity').fill('80');
  await page.getByTestId('site-0-equipment').fill('理论教室 2 间；养老护理实训室（护理床 8 张）');
  await page.getByTestId('registration-next').click();

  // 培训职业
  await chooseOption(page, 'registration-occupations-picker', '养老护理员', '养老护理');
  await page.getByTestId('occupation-tag-4-10-01-05').waitFor();
  await page.getByTestId('registration-next').click();

  // 确认提交
  await page.getByTestId('registration-summary').getByText(name).waitFor();
  await options.beforeSubmit?.();
  const registered = apiResponse(page, '/api/v1/institutions/register', 'POST');
  await page.getByTestId('registration-submit').click();
  const response = await registered;
  expect(response.status()).toBe(201);
  const { institutionId } = await response.json();
  await page.waitForURL('**/app/my-institution');
  await page.getByTestId('own-institution-name').getByText(name).waitFor();
  await page.getByTestId('review-status-pending').waitFor();
  return { institutionId, name, username, password, sequence, creditCodeStem };
}

/** Staff find a pending registration by name and approve it from its page. */
export async function approveRegistration(
  staff: Page,
  institution: Pick<RegisteredInstitution, 'institutionId' | 'name'>,
  beforeApprove?: () => Promise<void>,
): Promise<void> {
  await staff.goto('/app/institutions?review=pending');
  await staff.getByTestId('institutions-search').locator('input').fill(institution.name);
  await staff.getByTestId('institutions-search').locator('input').press('Enter');
  await staff.getByTestId(`institution-link-${institution.institutionId}`).click();
  await staff.getByTestId('institution-heading').getByText(institution.name).waitFor();
  await beforeApprove?.();
  const reviewed = apiResponse(staff, `/api/v1/institutions/${institution.institutionId}/review`, 'POST');
  await staff.getByTestId('institution-approve').click();
  await confirmPopconfirm(staff);
  expect((await reviewed).status()).toBe(200);
  await staff.getByTestId('review-status-approved').waitFor();
}
