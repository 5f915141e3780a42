/**
 * Generates the mock data set before the first component test of a file asks for it. The data set is
 * built lazily, indicator by indicator, on the first request (about half a second on a quiet machine,
 * several seconds on a busy one), and that used to happen inside a test's first `findBy*` wait: on a
 * loaded two-core machine the wait ran out first. Here it runs in `beforeAll`, under the hook timeout.
 */
import { defaultDataset } from '../../mocks/handlers.ts';

/** Asks the shared data set (the one the MSW node server answers from) for what the boards show first. */
export function warmMockFeed(): void {
  const dataset = defaultDataset();
  const { latest } = dataset.metadata();
  dataset.units('34');
  dataset.units('63');
  for (const indicator of dataset.indicators().indicators) {
    for (const frequency of indicator.frequencies) {
      for (const scope of indicator.scopes) {
        dataset.observations({ indicator: indicator.id, period: latest[frequency], scope });
      }
    }
  }
  for (const scope of ['province', 'ministry'] as const) {
    dataset.tasks({ period: latest.month, scope });
    dataset.reform({ period: latest.month, scope });
    dataset.reporting({ period: latest.month, scope });
  }
}
