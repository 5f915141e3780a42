/**
 * Where the main thread's long tasks go, from a V8 CPU profile (CDP `Profiler`, the `.cpuprofile` format
 * DevTools opens): the samples inside the page's long tasks (as its `longtask` PerformanceObserver saw them,
 * placed on the profile's clock) are attributed by self time to functions and to modules, read through the
 * build's source maps (the bench builds with hidden maps), so "register-echarts-….js:1:48213" reads
 * "measureText (node_modules/zrender/lib/core/platform.js)". Without the page's long tasks, busy stretches
 * between idle samples stand in for them. "(program)" is the browser's own work outside JavaScript (style,
 * layout, paint, parsing and compiling): a trace would split it further.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';

export interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  /** 0-based, as V8 reports them. */
  readonly lineNumber: number;
  readonly columnNumber: number;
}

export interface CpuProfile {
  readonly nodes: readonly { readonly id: number; readonly callFrame: CallFrame }[];
  readonly startTime: number;
  readonly endTime: number;
  readonly samples?: readonly number[];
  /** Microseconds before each sample. */
  readonly timeDeltas?: readonly number[];
}

/** A function as the report names it, and the module (source file or package path) it lives in. */
export interface Origin {
  readonly fn: string;
  readonly module: string;
}

export type Resolve = (frame: CallFrame) => Origin;

/** A stretch of the profile, in milliseconds from its start. */
export interface Window {
  readonly start: number;
  readonly duration: number;
}

export interface Task extends Window {
  /** Self time by module, largest first. */
  readonly modules: readonly (readonly [string, number])[];
}

export interface Attribution {
  readonly tasks: readonly Task[];
  /** Total self time in long tasks, ms. */
  readonly longTaskTime: number;
  readonly functions: readonly { readonly origin: Origin; readonly ms: number }[];
  readonly modules: readonly (readonly [string, number])[];
  /** Self time by package: `echarts`, `zrender`, `react-dom`, and the app's own code by layer (`src/features`). */
  readonly packages: readonly (readonly [string, number])[];
}

const IDLE = '(idle)';

/** The package of a module: the npm package under node_modules, or the app's layer (`src/charts`). */
export function packageOf(module: string): string {
  const nm = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(module);
  if (nm?.[1]) return nm[1];
  const src = /(?:^|\/)(src\/[^/]+)/.exec(module);
  if (src?.[1]) return src[1];
  const chunk = /^assets\/(.+?)(?:-[\w-]{8})?\.js$/.exec(module);
  if (chunk?.[1]) return `chunk ${chunk[1]} (unmapped)`;
  if (module.startsWith('(')) return module;
  return module.split('/')[0] ?? module;
}

function sortedEntries(map: ReadonlyMap<string, number>): [string, number][] {
  return [...map].sort((a, b) => b[1] - a[1]);
}

/**
 * Attributes the self time of the samples inside `windows` (the long tasks, in ms from the profile's start)
 * through `resolve`. Without `windows`, busy stretches (no idle sample inside) over 50 ms are taken instead.
 */
export function attribute(profile: CpuProfile, resolve: Resolve, windows?: readonly Window[]): Attribution {
  const frames = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const origins = new Map<number, Origin>();
  const originOf = (id: number): Origin => {
    let o = origins.get(id);
    if (!o) {
      const frame = frames.get(id);
      o = frame ? resolve(frame) : { fn: '(unknown)', module: '(unknown)' };
      origins.set(id, o);
    }
    return o;
  };
  // Sample i stands for the time until sample i + 1.
  const points: { time: number; id: number; ms: number }[] = [];
  let time = 0;
  for (let i = 0; i < samples.length; i++) {
    time += (deltas[i] ?? 0) / 1000;
    points.push({ time, id: samples[i] as number, ms: (deltas[i + 1] ?? 0) / 1000 });
  }
  const isIdle = (id: number) => frames.get(id)?.functionName === IDLE;
  const groups: { start: number; duration: number; points: typeof points }[] = [];
  if (windows) {
    const sorted = [...windows].sort((a, b) => a.start - b.start);
    for (const w of sorted) {
      groups.push({
        start: w.start,
        duration: w.duration,
        points: points.filter((p) => p.time >= w.start && p.time < w.start + w.duration && !isIdle(p.id)),
      });
    }
  } else {
    let run: typeof points = [];
    const close = () => {
      const duration = run.reduce((s, p) => s + p.ms, 0);
      const first = run[0];
      if (first && duration > 50) groups.push({ start: first.time, duration, points: run });
      run = [];
    };
    for (const p of points) {
      if (isIdle(p.id)) close();
      else run.push(p);
    }
    close();
  }
  const tasks: Task[] = [];
  const byFunction = new Map<string, { origin: Origin; ms: number }>();
  const byModule = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const group of groups) {
    const modules = new Map<string, number>();
    for (const { id, ms } of group.points) {
      const o = originOf(id);
      modules.set(o.module, (modules.get(o.module) ?? 0) + ms);
      byModule.set(o.module, (byModule.get(o.module) ?? 0) + ms);
      const pkg = packageOf(o.module);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + ms);
      const key = `${o.module}\u0000${o.fn}`;
      const f = byFunction.get(key) ?? { origin: o, ms: 0 };
      f.ms += ms;
      byFunction.set(key, f);
    }
    tasks.push({ start: group.start, duration: group.duration, modules: sortedEntries(modules) });
  }
  return {
    tasks: [...tasks].sort((a, b) => b.duration - a.duration),
    longTaskTime: tasks.reduce((s, t) => s + t.duration, 0),
    functions: [...byFunction.values()].sort((a, b) => b.ms - a.ms),
    modules: sortedEntries(byModule),
    packages: sortedEntries(byPackage),
  };
}

/** The module path from a source map's source: `node_modules/echarts/lib/…` or `src/…`. */
function modulePath(source: string): string {
  const nm = source.lastIndexOf('node_modules/');
  if (nm >= 0) return source.slice(nm);
  const src = source.indexOf('src/');
  if (src >= 0) return source.slice(src);
  return source.replace(/^(\.\.\/)+/, '');
}

/**
 * Resolves call frames of the build in `dist` through its `.map` files (falls back to the chunk and the
 * minified name where there is none). V8's own frames ("(program)", "(garbage collector)") keep their names.
 */
export function sourceMapResolver(dist: string, appOrigin: string): Resolve {
  const maps = new Map<string, TraceMap | null>();
  const mapFor = (path: string): TraceMap | null => {
    let map = maps.get(path);
    if (map === undefined) {
      const file = join(dist, `${path}.map`);
      map = existsSync(file) ? new TraceMap(readFileSync(file, 'utf8')) : null;
      maps.set(path, map);
    }
    return map;
  };
  return (frame) => {
    if (frame.url === '')
      return {
        fn: frame.functionName || '(anonymous)',
        module: frame.functionName.startsWith('(') ? frame.functionName : '(native)',
      };
    const url = new URL(frame.url);
    if (url.origin !== appOrigin) return { fn: frame.functionName || '(anonymous)', module: url.href };
    const map = mapFor(url.pathname);
    const chunk = url.pathname.replace(/^\//, '');
    if (!map) return { fn: frame.functionName || '(anonymous)', module: chunk };
    // A chunk's own top level (its modules' definitions, run once when it loads) starts at 0:0, where the
    // map has no segment.
    if (frame.lineNumber === 0 && frame.columnNumber === 0) return { fn: '(chunk top level)', module: chunk };
    const pos = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
    if (!pos.source) return { fn: frame.functionName || '(anonymous)', module: chunk };
    const name = pos.name ?? (frame.functionName || '(anonymous)');
    return { fn: `${name}:${pos.line}`, module: modulePath(pos.source) };
  };
}
