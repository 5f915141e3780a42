import { useQuery } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { Link, Outlet, useLocation, useSearchParams } from 'react-router';
import { feedQueries } from '../../api/queries.ts';
import { THEMES, cssVariables } from '../../charts/theme/tokens.ts';
import { formatDateTime } from '../../domain/format.ts';
import { parsePeriod, formatPeriod } from '../../domain/period.ts';
import { ThemeNameProvider } from '../../components/theme-context.tsx';
import { I18nProvider, useI18n } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/vi.ts';
import { BOARD_GROUPS, BOARD_ROUTES, ROUTES } from '../../features/routes/index.ts';
import { AddToDeck } from '../../features/present/index.tsx';
import { useRuntimeConfig } from '../config-context.tsx';
import { parseViewPrefs, withViewPref, type ViewPrefs } from './view-prefs.ts';

/** Header, navigation, language and theme around every page. */
export function AppShell() {
  const config = useRuntimeConfig();
  const [search] = useSearchParams();
  const defaults: ViewPrefs = { locale: config.defaultLocale, theme: config.defaultTheme };
  const prefs = parseViewPrefs(search, defaults);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = prefs.locale;
    root.dataset.theme = prefs.theme;
    for (const [name, value] of Object.entries(cssVariables(THEMES[prefs.theme])))
      root.style.setProperty(name, value);
  }, [prefs.locale, prefs.theme]);

  return (
    <I18nProvider locale={prefs.locale}>
      <ThemeNameProvider theme={prefs.theme}>
        <SkipLink />
        <Header prefs={prefs} defaults={defaults} />
        <main id="main" className="app-main" tabIndex={-1}>
          <Outlet />
        </main>
      </ThemeNameProvider>
    </I18nProvider>
  );
}

function SkipLink() {
  const { t } = useI18n();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}

function Header({ prefs, defaults }: { prefs: ViewPrefs; defaults: ViewPrefs }) {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <Link to={ROUTES.overview.href({}, search)} className="app-header__name">
          {t('app.name')}
        </Link>
        <span className="app-header__tagline">{t('app.tagline')}</span>
      </div>
      <BoardNav />
      <div className="app-header__side">
        {/* Any view can become a slide; the deck itself cannot. */}
        {!useLocation().pathname.startsWith(ROUTES.deck.path) && <AddToDeck />}
        <DataStatus />
        <div className="app-header__toggles">
          <fieldset className="segmented" aria-label={t('header.language')}>
            {(['vi', 'en'] as const).map((locale) => (
              <button
                key={locale}
                type="button"
                lang={locale}
                aria-pressed={prefs.locale === locale}
                onClick={() => {
                  setSearch(withViewPref(search, 'lang', locale, defaults.locale));
                }}
              >
                {locale.toUpperCase()}
              </button>
            ))}
          </fieldset>
          <fieldset className="segmented" aria-label={t('header.theme')}>
            {(['light', 'dark'] as const).map((theme) => (
              <button
                key={theme}
                type="button"
                aria-pressed={prefs.theme === theme}
                onClick={() => {
                  setSearch(withViewPref(search, 'theme', theme, defaults.theme));
                }}
              >
                {t(`header.theme.${theme}`)}
              </button>
            ))}
          </fieldset>
        </div>
      </div>
      <ConnectionBanner />
    </header>
  );
}

function BoardNav() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  const location = useLocation();
  const overviewGroup = location.pathname === '/' ? (search.get('group') ?? '') : null;
  // Only the shell-level preferences survive navigation between boards, and the agencies a reader
  // chose (provinces or ministries) between the boards that rank both.
  const agencies = search.get('agencies') === 'ministry' ? 'ministry' : undefined;
  const items: { key: MessageKey; href: string; current: boolean }[] = [
    { key: 'nav.overview', href: ROUTES.overview.href({}, search), current: overviewGroup === '' },
    {
      key: 'nav.socio-economic',
      href: ROUTES.overview.href({ group: 'socio-economic' }, search),
      current: overviewGroup === 'socio-economic',
    },
    ...BOARD_GROUPS.map((group) => ({
      key: `nav.${group}` as MessageKey,
      href: BOARD_ROUTES[group].href(agencies ? { agencies } : {}, search),
      current: location.pathname === BOARD_ROUTES[group].path,
    })),
  ];
  return (
    <nav className="board-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link to={item.href} aria-current={item.current ? 'page' : undefined}>
              {t(item.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function DataStatus() {
  const { t, locale } = useI18n();
  const metadata = useQuery(feedQueries.metadata());
  if (!metadata.data) return <p className="data-status" aria-hidden={metadata.isPending} />;
  const latest = parsePeriod(metadata.data.latest.month);
  return (
    <p className="data-status">
      {latest && <strong>{t('header.dataTo', { period: formatPeriod(latest, locale) })}</strong>}
      <span>{t('header.updatedAt', { time: formatDateTime(metadata.data.updatedAt, locale) })}</span>
    </p>
  );
}

function subscribeOnline(callback: () => void): () => void {
  window.addEventListener('online', callback);
  window.addEventListener('offline', callback);
  return () => {
    window.removeEventListener('online', callback);
    window.removeEventListener('offline', callback);
  };
}

/** Says when the network is down or the last refresh failed; the figures below stay on screen. */
function ConnectionBanner() {
  const { t, locale } = useI18n();
  const online = useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
  const metadata = useQuery(feedQueries.metadata());
  const loadedAt = metadata.dataUpdatedAt ? formatDateTime(new Date(metadata.dataUpdatedAt), locale) : null;
  if (!online) {
    return (
      <p className="connection-banner" role="status">
        {t('header.offline', { time: loadedAt ?? '—' })}
      </p>
    );
  }
  if (metadata.isError && metadata.data && loadedAt) {
    return (
      <p className="connection-banner" role="status">
        {t('header.stale', { time: loadedAt })}
      </p>
    );
  }
  return null;
}
