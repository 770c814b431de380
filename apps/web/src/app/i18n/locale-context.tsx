import type { Locale } from '@qiancheng/domain';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { getActiveLocale, setActiveLocale } from './active-locale';
import { type Messages, translate } from './messages';

interface LocaleState {
  locale: Locale;
  setLocale: (locale: Locale) => void;
}

const LocaleContext = createContext<LocaleState | null>(null);

export function LocaleProvider({
  children,
  onChange,
}: {
  children: ReactNode;
  onChange?: (locale: Locale) => void;
}) {
  const [locale, setLocaleState] = useState<Locale>(getActiveLocale);
  const setLocale = useCallback(
    (next: Locale) => {
      setActiveLocale(next);
      setLocaleState(next);
      onChange?.(next);
    },
    [onChange],
  );
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleState {
  const state = useContext(LocaleContext);
  if (!state) throw new Error('useLocale must be used inside LocaleProvider');
  return state;
}

/** The `t(key)` of one module's dictionary, in the current locale. */
export function useT<K extends string>(messages: Messages<K>) {
  const { locale } = useLocale();
  return useCallback(
    (key: K, params?: Record<string, unknown>) => translate(messages, locale, key, params),
    [messages, locale],
  );
}
