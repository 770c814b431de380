import type { Locator, Page } from 'playwright-core';

/*
 * Driving Ant Design controls the way a user does: open, type, click the option. Options render in
 * a popup at the end of <body>, so they are found on the page, not inside the control.
 */

/** Waits for a dropdown closed a moment ago to finish fading out, so the next one is told apart. */
async function noOpenDropdown(page: Page): Promise<void> {
  await page.locator('.ant-select-dropdown').filter({ visible: true }).first().waitFor({ state: 'hidden' });
}

/** The open dropdown's option whose text contains `text`. */
function visibleOption(page: Page, text: string): Locator {
  return page
    .locator('.ant-select-dropdown')
    .filter({ visible: true })
    .locator('.ant-select-item-option', { hasText: text });
}

/** Opens a Select, types `search` (for server-searched selects) and picks the option containing `option`. */
export async function chooseOption(
  page: Page,
  testId: string,
  option: string,
  search?: string,
): Promise<void> {
  // A "-picker" only adds to the list beside it and starts empty again, so the list shows the choice.
  const control = testId.endsWith('-picker')
    ? page.getByTestId(testId.slice(0, -'-picker'.length))
    : page
        .locator(`.ant-select:has([data-testid="${testId}"]), .ant-select[data-testid="${testId}"]`)
        .first();
  // On a slow machine a click can land while the popup is still sliding in and be lost; the
  // control then still shows its old value, so the choice is made again.
  for (let attempt = 1; ; attempt += 1) {
    await noOpenDropdown(page);
    await page.getByTestId(testId).click();
    if (search) await page.keyboard.type(search);
    const choice = visibleOption(page, option).first();
    await choice.waitFor();
    await choice.click();
    const shown = await control
      .filter({ hasText: option })
      .waitFor({ timeout: 3_000 })
      .then(() => true)
      .catch(() => false);
    if (shown) return;
    if (attempt === 3) throw new Error(`Select ${testId} did not take the option “${option}”`);
    await page.keyboard.press('Escape');
  }
}

/** Walks a Cascader down the given labels, e.g. ['河南省', '郑州市', '金水区']. */
export async function chooseCascade(page: Page, testId: string, labels: string[]): Promise<void> {
  // A dropdown closed a moment ago may still be fading out; only the visible one is this control's.
  const dropdown = page.locator('.ant-cascader-dropdown').filter({ visible: true });
  const walk = async () => {
    await page.getByTestId(testId).click();
    for (const [index, label] of labels.entries()) {
      const item = dropdown
        .locator('.ant-cascader-menu')
        .nth(index)
        .locator('.ant-cascader-menu-item', { hasText: label })
        .first();
      await item.click({ timeout: 5_000 });
    }
  };
  // Escape only while this popup is open: with it closed, Escape would close the dialog around it.
  const closePopup = async () => {
    if ((await dropdown.count()) === 0) return;
    await page.keyboard.press('Escape');
    await dropdown.first().waitFor({ state: 'hidden' });
  };
  // A popup opening inside a dialog that is still settling can close again at once (focus moves);
  // the walk then starts over, as a user would.
  for (let attempt = 1; ; attempt++) {
    try {
      await walk();
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await closePopup();
    }
  }
  // changeOnSelect leaves the popup open on an inner level; Escape closes it with the value kept.
  await closePopup();
}

/** Types a date (YYYY-MM-DD) into a DatePicker and confirms it. */
export async function fillDate(page: Page, testId: string, date: string): Promise<void> {
  const input = page.getByTestId(testId).locator('input').first();
  const target = (await input.count()) > 0 ? input : page.getByTestId(testId);
  await target.click();
  await target.fill(date);
  await target.press('Enter');
}

/** Confirms the open Popconfirm. */
export async function confirmPopconfirm(page: Page): Promise<void> {
  // An earlier Popconfirm may still be fading out; the one just opened is the visible one.
  const popup = page.locator('.ant-popconfirm').filter({ visible: true }).last();
  const ok = popup.locator('.ant-popconfirm-buttons .ant-btn-primary');
  await ok.waitFor();
  // A click while the popup is still zooming in can land on nothing: wait for it to settle.
  for (let waited = 0; waited < 3_000; waited += 50) {
    if (!/-(appear|enter)\b/.test((await popup.getAttribute('class')) ?? '')) break;
    await page.waitForTimeout(50);
  }
  await ok.click();
  await ok.waitFor({ state: 'hidden' });
}

/** Opens a Select and picks its first option, for lists whose entries the test does not name. */
export async function chooseFirstOption(page: Page, testId: string): Promise<string> {
  await noOpenDropdown(page);
  await page.getByTestId(testId).click();
  const choice = page
    .locator('.ant-select-dropdown')
    .filter({ visible: true })
    .locator('.ant-select-item-option')
    .first();
  await choice.waitFor();
  const text = (await choice.textContent()) ?? '';
  await choice.click();
  return text;
}

/**
 * Types both ends of a RangePicker (YYYY-MM-DD), each confirmed with Enter as a keyboard user
 * does. The picker hands its test id to both of its inputs.
 */
export async function fillDateRange(page: Page, testId: string, start: string, end: string): Promise<void> {
  const inputs = page.getByTestId(testId);
  for (const [index, date] of [start, end].entries()) {
    const input = inputs.nth(index);
    await input.click();
    await input.fill(date);
    await input.press('Enter');
  }
  await page.locator('.ant-picker-dropdown').filter({ visible: true }).first().waitFor({ state: 'hidden' });
}

/** Types a number into an InputNumber (the test id may sit on the input or around it). */
export async function fillNumber(page: Page, testId: string, value: number): Promise<void> {
  const control = page.getByTestId(testId);
  const inner = control.locator('input');
  const input = (await inner.count()) > 0 ? inner.first() : control;
  await input.fill(String(value));
  await input.blur();
}
