import { Component, Suspense, type ErrorInfo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ROUTES } from '../../features/routes/index.ts';
import { I18nProvider, useI18n } from '../../i18n/i18n.tsx';
import { useRuntimeConfig } from '../config-context.tsx';

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section className="page-message">
      <h1>{t('error.notFound.title')}</h1>
      <p>{t('error.notFound.body')}</p>
      <Link to={ROUTES.overview.href({})}>{t('error.notFound.home')}</Link>
    </section>
  );
}

/**
 * The last line of defence: a render error outside any panel (panels handle their own feed errors).
 * Shows what happened and a way back instead of a blank screen.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Unexpected render error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return <RouteErrorPage error={this.state.error} />;
  }
}

function RouteErrorPage({ error }: { error: unknown }) {
  const config = useRuntimeConfig();
  return (
    <Suspense fallback={null}>
      <I18nProvider locale={config.defaultLocale}>
        <RouteErrorContent error={error} />
      </I18nProvider>
    </Suspense>
  );
}

function RouteErrorContent({ error }: { error: unknown }) {
  const { t } = useI18n();
  return (
    <section className="page-message" role="alert">
      <h1>{t('error.unknown')}</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <a href={ROUTES.overview.href({})}>{t('error.notFound.home')}</a>
    </section>
  );
}
