import { describe, expect, it } from 'vitest';
import { budgetReport, FIRST_LOAD_BUDGET_BYTES } from './budget.ts';
import { classify, type BuildFile, type Resource } from './first-load.ts';

const feed = new URL('http://127.0.0.1:9000/api/v1');
const at = (path: string) => new URL(path, 'http://127.0.0.1:4173');

describe('what the first load is made of', () => {
  it.each([
    [at('/'), 'document', 'text/html', 'document'],
    [at('/assets/index-DLvIibOr.js'), 'script', 'text/javascript', 'script'],
    [at('/assets/_virtual_vn-geometry-DUi8s9eJ.js'), 'script', 'text/javascript', 'geometry'],
    [at('/assets/vn-topology-AbCdEfGh.json'), 'fetch', 'application/json', 'geometry'],
    [at('/assets/index-CMs7VSQn.css'), 'stylesheet', 'text/css', 'style'],
    [at('/assets/be-vietnam-pro-400-BNfPaWyR.woff2'), 'font', 'font/woff2', 'font'],
    [new URL('http://127.0.0.1:9000/api/v1/metadata'), 'fetch', 'application/json', 'feed'],
    [at('/config.json'), 'fetch', 'application/json', 'other'],
    [at('/favicon.svg'), 'other', 'image/svg+xml', 'other'],
  ] as const)('%s (%s, %s) is %s', (url, type, contentType, kind) => {
    expect(classify(url, type, contentType, feed)).toBe(kind);
  });
});

const resource = (name: string, kind: Resource['kind'], gzip: number): Resource => ({
  name,
  kind,
  status: 200,
  raw: gzip * 3,
  gzip,
  brotli: gzip - 10,
  served: gzip,
});
const file = (path: string, gzip: number, mocksOnly = false): BuildFile => ({
  path,
  name: path.replace(/^.*\//, ''),
  raw: gzip * 3,
  gzip,
  brotli: gzip - 10,
  mocksOnly,
});

describe('the first-load budget', () => {
  const files = [
    file('/assets/index-A.js', 300_000),
    file('/assets/province-page-B.js', 4_500),
    file('/assets/browser-C.js', 102_000, true),
  ];

  it('counts everything / loads, the feed included, and lists the lazy chunks apart', () => {
    const report = budgetReport(
      {
        url: 'http://x/',
        resources: [
          resource('/', 'document', 4_500),
          resource('/assets/index-A.js', 'script', 300_000),
          resource('127.0.0.1:9000/api/v1/units?era=34', 'feed', 2_000),
        ],
        failed: [],
      },
      files,
    );
    expect(report.total).toBe(306_500);
    expect(report.over).toBe(false);
    expect(report.lazy.map((f) => f.path)).toEqual(['/assets/province-page-B.js', '/assets/browser-C.js']);
    expect(report.text).toContain(
      'First load of / (gzip -9 of every response; 3 requests): 306.5 kB of 420.0 kB: 113.5 kB to spare',
    );
    expect(report.text).toContain("the build's files 304.5 kB, the feed's answers 2.0 kB");
    expect(report.text).toMatch(/4\.5 kB {2}\/assets\/province-page-B\.js\n/);
    expect(report.text).toContain('/assets/browser-C.js  (mocks on only)');
  });

  it('fails one byte over the budget and says by how much', () => {
    const report = budgetReport(
      {
        url: 'http://x/',
        resources: [resource('/assets/index-A.js', 'script', FIRST_LOAD_BUDGET_BYTES + 1)],
        failed: [],
      },
      files,
    );
    expect(report.over).toBe(true);
    expect(report.text).toContain('OVER by 1 B');
  });
});
