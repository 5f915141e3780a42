import { Suspense, useEffect, type ReactNode } from 'react';
import { THEMES, cssVariables, type ThemeName } from '../charts/theme/tokens.ts';
import type { Locale } from '../domain/units.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { ThemeNameProvider } from './theme-context.tsx';

/** How the document is dressed: the wall (`kiosk`), the deck presenting (`deck`), a deck printing (`print`). */
export type PresentationMode = 'kiosk' | 'deck' | 'print';

/** A `theme` URL parameter, or the mode's own default. */
export function parseThemeParam(value: string | null, fallback: ThemeName): ThemeName {
  return value === 'light' || value === 'dark' || value === 'video' ? value : fallback;
}

/**
 * Language and theme for a page shown to a room rather than to a desk (the wall, the deck): the same
 * providers the app shell gives its pages, and the document root marked with the mode, which the
 * stylesheet sizes from the screen height (global.css, "Presentation modes").
 */
export function PresentationTheme({
  locale,
  theme,
  mode,
  children,
}: {
  locale: Locale;
  theme: ThemeName;
  mode: PresentationMode;
  children: ReactNode;
}) {
  useEffect(() => {
    const root = document.documentElement;
    root.lang = locale;
    root.dataset.theme = theme;
    root.dataset.mode = mode;
    for (const [name, value] of Object.entries(cssVariables(THEMES[theme])))
      root.style.setProperty(name, value);
    return () => {
      delete root.dataset.mode;
    };
  }, [locale, theme, mode]);
  return (
    <Suspense fallback={null}>
      <I18nProvider locale={locale}>
        <ThemeNameProvider theme={theme}>{children}</ThemeNameProvider>
      </I18nProvider>
    </Suspense>
  );
}
