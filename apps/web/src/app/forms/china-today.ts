const CHINA_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * Today's civil date in China as YYYY-MM-DD, the "today" the server's date rules use, whatever
 * the time zone of the browser.
 */
export function chinaToday(now: Date = new Date()): string {
  return CHINA_DATE.format(now);
}
