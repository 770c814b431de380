import type { Page, Response } from 'playwright-core';

/**
 * The next response of `method path` (path without the query), to read what a click sent. With
 * `query`, only a request carrying those parameters answers, so a list's first load still in flight
 * is not mistaken for the search that follows it.
 */
export function apiResponse(
  page: Page,
  path: string,
  method = 'GET',
  query: Record<string, string> = {},
): Promise<Response> {
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return (
      url.pathname === path &&
      response.request().method() === method &&
      Object.entries(query).every(([name, value]) => url.searchParams.get(name) === value)
    );
  });
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
