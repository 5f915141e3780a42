/**
 * Shell-level view state in the URL: language (`lang`) and theme (`theme`). Parsing is pure and falls
 * back to the configured defaults for absent or unknown values, so any URL opens something sensible.
 */
import type { ThemeName } from '../../charts/theme/tokens.ts';
import type { Locale } from '../../domain/units.ts';

export interface ViewPrefs {
  readonly locale: Locale;
  readonly theme: ThemeName;
}

export function parseViewPrefs(search: URLSearchParams, defaults: ViewPrefs): ViewPrefs {
  const lang = search.get('lang');
  const theme = search.get('theme');
  return {
    locale: lang === 'vi' || lang === 'en' ? lang : defaults.locale,
    theme: theme === 'light' || theme === 'dark' ? theme : defaults.theme,
  };
}

/** Writes a preference, leaving the parameter out when it equals the default (shorter URLs). */
export function withViewPref(
  search: URLSearchParams,
  key: 'lang' | 'theme',
  value: string,
  defaultValue: string,
): URLSearchParams {
  const next = new URLSearchParams(search);
  if (value === defaultValue) next.delete(key);
  else next.set(key, value);
  return next;
}
