import { LOCALES, type Locale } from '@qiancheng/domain';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';

const STORAGE_KEY = 'qiancheng.locale';
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const DAYJS_LOCALES: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function isLocale(value: string | null): value is Locale {
  return value !== null && (LOCALES as readonly string[]).includes(value);
}

/** Storage can be unavailable (private windows, locked-down browsers); the default locale then applies. */
export function readStoredLocale(): Locale {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

let activeLocale: Locale = readStoredLocale();
applyDocumentLocale(activeLocale);

function applyDocumentLocale(locale: Locale): void {
  document.documentElement.lang = locale;
  dayjs.locale(DAYJS_LOCALES[locale]);
}

/**
 * The locale outside React: the API client sends it as Accept-Language and non-component code
 * localises its own messages with it.
 */
export function getActiveLocale(): Locale {
  return activeLocale;
}

export function setActiveLocale(locale: Locale): void {
  activeLocale = locale;
  applyDocumentLocale(locale);
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // The choice then lasts for this page only, which is still what the user asked for.
  }
}
