/**
 * Locale context: the active language and a `t` that fills `{placeholders}`. The language is part of
 * the view state (the `lang` URL parameter) so a shared link opens in the same language.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../domain/units.ts';
import { en } from './en.ts';
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { vi, en };

export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const template = MESSAGES[locale][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

interface I18nValue {
  readonly locale: Locale;
  readonly t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo<I18nValue>(
    () => ({ locale, t: (key, params) => translate(locale, key, params) }),
    [locale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
