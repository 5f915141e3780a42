import { Link, isRouteErrorResponse, useRouteError } from 'react-router';
import { I18nProvider, useI18n } from '../../i18n/i18n.tsx';
import { useRuntimeConfig } from '../config-context.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="page-message">
      <h1>{t('error.notFound.title')}</h1>
      <p>{t('error.notFound.body')}</p>
      <Link to="/">{t('error.notFound.home')}</Link>
    </section>
  );
}

/** The last line of defence: a render error outside any panel. Panels handle their own feed errors. */
export function RouteErrorPage() {
  const config = useRuntimeConfig();
  return (
    <I18nProvider locale={config.defaultLocale}>
      <RouteErrorContent />
    </I18nProvider>
  );
}

function RouteErrorContent() {
  const { t } = useI18n();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <section className="page-message" role="alert">
      <h1>{t('error.unknown')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <Link to="/" reloadDocument>
        {t('error.notFound.home')}
      </Link>
    </section>
  );
}
