import { describe, expect, it } from 'vitest';
import { attribute, packageOf, type CallFrame, type CpuProfile } from './profile.ts';

const frame = (functionName: string, url = ''): CallFrame => ({
  functionName,
  url,
  lineNumber: 1,
  columnNumber: 1,
});

/** A profile with one sample per millisecond: `timeline` lists the node id of each. */
function profileOf(timeline: readonly number[]): CpuProfile {
  return {
    nodes: [
      { id: 1, callFrame: frame('(idle)') },
      { id: 2, callFrame: frame('measureText', 'zrender') },
      { id: 3, callFrame: frame('renderWithHooks', 'react-dom') },
      { id: 4, callFrame: frame('(program)') },
    ],
    startTime: 0,
    endTime: timeline.length * 1000,
    samples: timeline,
    timeDeltas: timeline.map(() => 1000),
  };
}

const resolve = (f: CallFrame) => ({
  fn: f.functionName,
  module: f.url ? `node_modules/${f.url}/lib/x.js` : f.functionName,
});

describe('attributing a CPU profile to long tasks', () => {
  // 30 ms idle, a 120 ms task (80 ms zrender, 40 ms react-dom), 10 ms idle, a 40 ms task, 20 ms idle.
  const timeline = [
    ...Array<number>(30).fill(1),
    ...Array<number>(80).fill(2),
    ...Array<number>(40).fill(3),
    ...Array<number>(10).fill(1),
    ...Array<number>(40).fill(4),
    ...Array<number>(20).fill(1),
  ];

  it('without the page’s long tasks, takes busy stretches over 50 ms', () => {
    const a = attribute(profileOf(timeline), resolve);
    expect(a.tasks).toHaveLength(1);
    expect(a.tasks[0]?.duration).toBeCloseTo(120, 5);
    expect(a.tasks[0]?.modules[0]).toEqual(['node_modules/zrender/lib/x.js', 80]);
    expect(a.packages).toEqual([
      ['zrender', 80],
      ['react-dom', 40],
    ]);
    expect(a.functions[0]).toEqual({
      origin: { fn: 'measureText', module: 'node_modules/zrender/lib/x.js' },
      ms: 80,
    });
  });

  it('with the page’s long tasks, counts only the samples inside them', () => {
    const a = attribute(profileOf(timeline), resolve, [
      { start: 100, duration: 60 },
      { start: 160, duration: 55 },
    ]);
    expect(a.tasks.map((t) => t.duration)).toEqual([60, 55]);
    expect(a.longTaskTime).toBe(115);
    // Sample n (from 0) is taken at n + 1 ms: zrender at 31–110 ms, react-dom 111–150, (program) 161–200.
    expect(Object.fromEntries(a.packages)).toEqual({ zrender: 11, 'react-dom': 40, '(program)': 40 });
  });
});

describe('the package of a module', () => {
  it.each([
    ['node_modules/echarts/lib/chart/map/MapView.js', 'echarts'],
    ['node_modules/@tanstack/query-core/build/modern/queryObserver.js', '@tanstack/query-core'],
    ['src/charts/map/label-points.ts', 'src/charts'],
    ['assets/register-echarts-BlpMr0x0.js', 'chunk register-echarts (unmapped)'],
    ['(program)', '(program)'],
  ])('%s → %s', (module, pkg) => {
    expect(packageOf(module)).toBe(pkg);
  });
});
