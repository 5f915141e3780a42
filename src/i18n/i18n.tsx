/**
 * Locale context: the active language and a `t` that fills `{placeholders}`. The language is part of
 * the view state (the `lang` URL parameter) so a shared link opens in the same language.
 *
 * Vietnamese ships with the app; English is a small chunk loaded the first time it is asked for (the
 * provider suspends until then; a language switch is a router transition, so the page stays as it was).
 */
import { createContext, use, useContext, useMemo, type ReactNode } from 'react';
import type { Locale } from '../domain/units.ts';
import type { vi as kioskVi } from './areas/kiosk.ts';
import type { vi as presentVi } from './areas/present.ts';
import { vi, type MessageKey as BaseMessageKey } from './vi.ts';

/**
 * Areas of messages that only one lazily loaded page shows, loaded with it ({@link loadMessageArea}): the first
 * load carries the boards' and the shell's words only.
 */
const AREAS = {
  kiosk: () => import('./areas/kiosk.ts'),
  present: () => import('./areas/present.ts'),
} as const;

export type MessageArea = keyof typeof AREAS;

/** Every area, for tests that render a page without its lazy loader. */
export const MESSAGE_AREAS = Object.keys(AREAS) as readonly MessageArea[];

export type MessageKey = BaseMessageKey | keyof typeof kioskVi | keyof typeof presentVi;

export type Messages = Readonly<Record<MessageKey, string>>;

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

// The messages of each loaded locale, with the areas loaded so far merged in (an area's module holds both
// languages, so English, loaded later, gets the areas' English words from the modules already there).
const loaded: Partial<Record<Locale, Record<string, string>>> = { vi: { ...vi } };
const loading = new Map<Locale, Promise<Messages>>();
const areas = new Map<MessageArea, Promise<void>>();
const areaModules: { vi: Readonly<Record<string, string>>; en: Readonly<Record<string, string>> }[] = [];

/**
 * Load the messages of `area` (both languages), once: a lazy page awaits it with its own code, before it first
 * renders. A failed load is forgotten, so the page's retry loads it again.
 */
export function loadMessageArea(area: MessageArea): Promise<void> {
  let pending = areas.get(area);
  if (!pending) {
    pending = AREAS[area]().then((module) => {
      areaModules.push(module);
      for (const locale of ['vi', 'en'] as const) Object.assign(loaded[locale] ?? {}, module[locale]);
    });
    pending.catch(() => areas.delete(area));
    areas.set(area, pending);
  }
  return pending;
}

/** The messages of `locale`, loading them once. */
export function loadMessages(locale: Locale): Promise<Messages> {
  const ready = loaded[locale] as Messages | undefined;
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(locale);
  if (!pending) {
    pending = import('./en.ts').then(({ en }) => {
      const all: Record<string, string> = { ...en };
      for (const module of areaModules) Object.assign(all, module.en);
      loaded.en = all;
      return all as Messages;
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
  const messages = loaded[locale] as Messages | undefined;
  if (!messages) throw new Error(`Messages for ${locale} are not loaded yet`);
  return fill(messages[key], params);
}

interface I18nValue {
  readonly locale: Locale;
  readonly t: Translate;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const messages = (loaded[locale] as Messages | undefined) ?? use(loadMessages(locale));
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
