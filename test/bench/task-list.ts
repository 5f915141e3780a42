/**
 * Speed of the task list over a loaded set: preparing 10,000 tasks once (folding their text), then one
 * filter and one sort as the list re-runs them on every keystroke or header click. A measurement, not a
 * test (the goal: under 50 ms each).
 *
 *   npx tsx test/bench/task-list.ts [--rounds N]
 *
 * The tasks are the mock feed's register at the end of October 2026 (provinces and ministries, about
 * 10,300), trimmed to 10,000; the same domain functions run in the browser's list and in the feed.
 */
import { createDataset } from '../../mocks/data/dataset.ts';
import { DIRECTIVE_KIND_NAMES } from '../../mocks/data/task-texts.ts';
import { registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import { indexTasks, queryTasks, type TaskListQuery, type TaskRecord } from '../../src/domain/tasks.ts';
import { compareNames } from '../../src/domain/text.ts';

const roundsIndex = process.argv.indexOf('--rounds');
const rounds = roundsIndex >= 0 ? Number(process.argv[roundsIndex + 1]) || 20 : 20;

const dataset = createDataset();
const tasks: TaskRecord[] = [];
for (const scope of ['province', 'ministry'] as const) {
  for (let page = 1; ; page++) {
    const result = dataset.taskRegister({ period: '2026-10', scope, pageSize: '500', page: String(page) });
    if (!result.ok) throw new Error(result.problem.detail);
    tasks.push(...result.body.rows.map(({ era: _era, ...t }) => t));
    if (page >= result.body.pageCount) break;
  }
}
const rows = tasks.slice(0, 10_000);
const names = new Map([...registryUnits('34'), ...registryMinistries('17')].map((u) => [u.code, u.name.vi]));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const indexTimes: number[] = [];
let index = indexTasks(rows, {
  agencyName: (t) => names.get(t.agency) ?? t.agency,
  compareNames: compareNames('vi'),
});
for (let i = 0; i < Math.min(rounds, 5); i++) {
  indexTimes.push(
    time(() => {
      index = indexTasks(rows, {
        agencyName: (t) => names.get(t.agency) ?? t.agency,
        compareNames: compareNames('vi'),
        extraText: (t) => DIRECTIVE_KIND_NAMES[t.directive.kind],
      });
    }),
  );
}

const CASES: readonly [string, TaskListQuery][] = [
  [
    'filter: search "giai ngan" + overdue + key tasks',
    { search: 'giai ngan', statuses: ['overdue'], keyOnly: true },
  ],
  ['filter: one agency, all statuses', { agency: '01', sort: 'deadline' }],
  ['sort: all 10,000 by agency (Vietnamese order)', { sort: 'agency' }],
  ['sort: all 10,000 by deadline, descending', { sort: 'deadline', order: 'desc' }],
  ['default: overdue, most days overdue first', { statuses: ['overdue'], sort: 'days-overdue' }],
];

console.log(`Task list over ${rows.length.toLocaleString('en')} tasks (median of ${rounds} rounds)`);
console.log(`  prepare (fold text, sort keys), once per load: ${median(indexTimes).toFixed(1)} ms`);
for (const [label, query] of CASES) {
  const times: number[] = [];
  let matches = 0;
  for (let i = 0; i < rounds; i++) times.push(time(() => (matches = queryTasks(index, query).tasks.length)));
  console.log(`  ${label}: ${median(times).toFixed(1)} ms (${matches.toLocaleString('en')} rows)`);
}
