import { formatMessage, type Locale } from '@qiancheng/domain';

/** Text in both supported locales, as the API returns reference-data names. */
export type LocalizedText = Record<Locale, string>;

export type Messages<K extends string> = Record<Locale, Record<K, string>>;

/**
 * A module's dictionary. The en-US table must have exactly the keys of the zh-CN one, so a missing
 * translation fails the type check instead of showing a raw key.
 */
export function defineMessages<K extends string>(
  zhCN: Record<K, string>,
  enUS: NoInfer<Record<K, string>>,
): Messages<K> {
  return { 'zh-CN': zhCN, 'en-US': enUS };
}

export function translate<K extends string>(
  messages: Messages<K>,
  locale: Locale,
  key: K,
  params?: Record<string, unknown>,
): string {
  return formatMessage(messages[locale][key], params);
}

export function pickLocalized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text['zh-CN'];
}

/** The keys of a dictionary made by `defineMessages`. */
export type MessageKey<M> = M extends Messages<infer K> ? K : never;
