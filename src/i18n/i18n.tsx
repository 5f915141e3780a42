/**
 * Locale context: the active language and a `t` that fills `{placeholders}`. The language is part of
 * the view state (the `lang` URL parameter) so a shared link opens in the same language.
 *
 * Vietnamese ships with the app; English is a small chunk loaded the first time it is asked for (the
 * provider suspends until then; a language switch is a router transition, so the page stays as it was).
 */
import { createContext, use, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../domain/units.ts';
import { vi, type MessageKey } from './vi.ts';

export type { MessageKey };

export type Messages = Readonly<Record<MessageKey, string>>;

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

const loaded: Partial<Record<Locale, Messages>> = { vi };
const loading = new Map<Locale, Promise<Messages>>();

/** The messages of `locale`, loading them once. */
export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded[locale];
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = import('./en.ts').then(({ en }) => {
      loaded.en = en;
      return en;
    });
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

/** Fills `{name}` placeholders of `template`; unknown ones stay visible rather than vanish. */
export function fill(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}

/** A message of a loaded locale (Vietnamese always is; see {@link loadMessages} for English). */
export function translate(
  locale: Locale,
  key: MessageKey,
  params?: Readonly<Record<string, string | number>>,
): string {
  const messages = loaded[locale];
  if (!messages) throw new Error(`Messages for ${locale} are not loaded yet`);
  return fill(messages[key], params);
}

interface I18nValue {
  readonly locale: Locale;
  readonly t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const messages = loaded[locale] ?? use(loadMessages(locale));
  const value = useMemo<I18nValue>(
    () => ({ locale, t: (key, params) => fill(messages[key], params) }),
    [locale, messages],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
