import { fill } from '../i18n/i18n.tsx';
import { en } from '../i18n/en.ts';
import { vi } from '../i18n/vi.ts';
import type { Locale } from '../domain/units.ts';
import type { ConfigProblem } from './config.ts';

// Both languages at once, whatever the configuration says: this page is its own lazy chunk (main.tsx).
const MESSAGES = { vi, en } as const;

/**
 * Shown instead of the app when config.json is missing or wrong. It cannot use the configured locale
 * (the locale is in the broken file), so it says everything in Vietnamese and in English.
 */
export function ConfigErrorPage({ problems }: { problems: readonly ConfigProblem[] }) {
  return (
    <main className="config-error">
      {(['vi', 'en'] as const).map((locale) => (
        <ProblemList key={locale} locale={locale} problems={problems} />
      ))}
    </main>
  );
}

function ProblemList({ locale, problems }: { locale: Locale; problems: readonly ConfigProblem[] }) {
  const Heading = locale === 'vi' ? 'h1' : 'h2';
  return (
    <div lang={locale}>
      <Heading>{fill(MESSAGES[locale]['config.title'])}</Heading>
      <p>{fill(MESSAGES[locale]['config.body'])}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.field}-${p[locale]}`}>
            {p.field ? (
              <>
                {fill(MESSAGES[locale]['config.field'])} <code>{p.field}</code>: {p[locale]}
              </>
            ) : (
              p[locale]
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
