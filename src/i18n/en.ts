import type { MessageKey } from './vi.ts';

/** English messages; the type makes a missing or extra key a compile error. */
export const en: Record<MessageKey, string> = {
  'app.name': 'Điều hành',
  'app.tagline': 'Government direction and operations dashboard',
  'app.skipToContent': 'Skip to main content',
  'app.loading': 'Loading…',

  'nav.label': 'Boards',
  'nav.overview': 'Overview',
  'nav.socio-economic': 'Socio-economic',
  'nav.public-service': 'Public services',
  'nav.internal-procedures': 'Internal procedures',
  'nav.tasks': 'Tasks',
  'nav.reporting': 'Reporting',

  'header.dataTo': 'Data to {period}',
  'header.updatedAt': 'Updated at {time}',
  'header.language': 'Language',
  'header.theme': 'Theme',
  'header.theme.light': 'Light',
  'header.theme.dark': 'Dark',
  'header.offline': 'Offline: showing figures loaded at {time}',
  'header.stale': 'Could not refresh: showing figures as of {time}',

  'group.socio-economic': 'Socio-economic situation',
  'group.public-service': 'Quality of service to citizens and businesses',
  'group.internal-procedures': 'Internal administrative procedure reform',
  'group.tasks': 'Tasks assigned by the Government and the Prime Minister',
  'group.reporting': 'Report submission',

  'status.estimate': 'Estimate',
  'status.preliminary': 'Preliminary',
  'status.official': 'Official',
  'status.missing': 'No data',
  'missing.late': 'Report late',
  'missing.not-reported': 'Not reported',
  'missing.not-applicable': 'Not applicable',
  'missing.not-comparable': 'Not comparable',

  'change.up': 'up',
  'change.down': 'down',
  'change.flat': 'unchanged',
  'change.vsLastYear': 'year on year',
  'change.noComparison': 'No figure for the same period last year',
  'target.share': '{share} of {kind}',
  'target.plan': 'plan',
  'target.estimate': 'budget estimate',
  'target.of': '{kind}: {value}',

  'kpi.region': 'Key figures',
  'kpi.trend': 'Trend {from} – {to}',

  'overview.title': 'Overview',
  'overview.heading': 'Direction and operations overview',

  'error.title': 'Could not load the data',
  'error.retry': 'Retry',
  'error.network': 'Cannot reach the data server ({endpoint}).',
  'error.timeout': 'The data server did not answer in time ({endpoint}).',
  'error.http': 'The data server returned error {status} ({endpoint}).',
  'error.invalid-json': 'The data server sent unreadable data ({endpoint}).',
  'error.invalid-payload': 'Data from {endpoint} is malformed: field {field} {message}.',
  'error.unknown': 'Something unexpected went wrong.',
  'error.since': 'Failing since {time}.',
  'error.keepsShowing': 'The rest of the board keeps working.',
  'error.notFound.title': 'Page not found',
  'error.notFound.body': 'This address does not exist in the dashboard.',
  'error.notFound.home': 'Go to the overview',

  'empty.noData': 'This indicator has no data for the selected period.',
  'empty.showLatest': 'Show the latest period with data ({period})',
};
