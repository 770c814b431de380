import type { Page, Response } from 'playwright-core';

/** The next response of `method path` (path without the query), to read what a click sent. */
export function apiResponse(page: Page, path: string, method = 'GET'): Promise<Response> {
  return page.waitForResponse(
    (response) => new URL(response.url()).pathname === path && response.request().method() === method,
  );
}

/** The civil date in China `daysFromToday` days from now on the un-shifted clock, as YYYY-MM-DD. */
export function chinaDate(daysFromToday: number): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(Date.now() + daysFromToday * 86_400_000));
}

/** Today in China, the day the server's deadline rules count from at clock offset 0. */
export function chinaToday(): string {
  return chinaDate(0);
}
