/**
 * The flags of `npm run bench` (test/bench/run.ts). Parsing is strict: an unknown flag or a bad value stops
 * the run with the usage, so a flag can never be silently ignored.
 */

/** The parts of the bench, in the order they run. */
export const SECTIONS = [
  'bytes',
  'lighthouse',
  'longtasks',
  'profile',
  'interaction',
  'soak',
  'scale',
] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchOptions {
  /** Sections to run, in {@link SECTIONS} order. */
  readonly sections: readonly Section[];
  /** Lighthouse runs per preset; the table shows medians. */
  readonly runs: number;
  /** Build the app first (into a temporary directory); false measures `dist` as it is. */
  readonly build: boolean;
  /** The build to measure when `build` is false. */
  readonly dist: string;
  /** Where the table and the JSON are written. */
  readonly out: string;
  /** CPU slowdown for the long tasks and the profile. */
  readonly cpu: number;
  /** Switches measured per kind of measurement (cached, uncached); at least 30. */
  readonly switches: number;
  /** The wall's URL, with its dwell parameter. */
  readonly soakUrl: string;
  readonly soakRotations: number;
  /** The soak stops after this long even if it has not seen every rotation (and says so). */
  readonly soakMinutes: number;
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sections: SECTIONS,
  runs: 3,
  build: true,
  dist: 'dist',
  out: 'bench-results',
  cpu: 4,
  switches: 30,
  soakUrl: '/kiosk?dwell=2',
  soakRotations: 200,
  soakMinutes: 10,
};

export const USAGE = `npm run bench -- [flags]

  --only a,b         run only these sections: ${SECTIONS.join(', ')}
  --skip a,b         run every section but these
  --lighthouse       the first-load figures with Lighthouse (same as --only bytes,lighthouse)
  --runs N           Lighthouse runs per preset, medians shown (default ${DEFAULT_OPTIONS.runs})
  --no-build         measure the existing build instead of building (see --dist)
  --dist DIR         the build to measure with --no-build (default ${DEFAULT_OPTIONS.dist})
  --out DIR          where latest.txt and latest.json go (default ${DEFAULT_OPTIONS.out})
  --cpu N            CPU slowdown for long tasks and the profile (default ${DEFAULT_OPTIONS.cpu})
  --switches N       switches per measurement, at least 30 (default ${DEFAULT_OPTIONS.switches})
  --soak-url URL     the wall and its dwell (default ${DEFAULT_OPTIONS.soakUrl})
  --soak-rotations N rotations of the soak (default ${DEFAULT_OPTIONS.soakRotations})
  --soak-minutes N   the soak's time limit (default ${DEFAULT_OPTIONS.soakMinutes})
  --help             this text`;

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const VALUE_FLAGS = new Set([
  'only',
  'skip',
  'runs',
  'dist',
  'out',
  'cpu',
  'switches',
  'soak-url',
  'soak-rotations',
  'soak-minutes',
]);

function sectionList(flag: string, value: string): Section[] {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((n) => !(SECTIONS as readonly string[]).includes(n));
  if (names.length === 0 || unknown.length > 0)
    throw new UsageError(
      `--${flag}: not a section: ${unknown.join(', ') || '(none)'} (${SECTIONS.join(', ')})`,
    );
  return names as Section[];
}

function positiveInteger(flag: string, value: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${flag}: an integer ≥ ${min}, not '${value}'`);
  return n;
}

/** Parses the flags after `npm run bench --`; `help` is true when the usage was asked for. */
export function parseBenchArgs(argv: readonly string[]): { options: BenchOptions; help: boolean } {
  let options: BenchOptions = DEFAULT_OPTIONS;
  let only: Section[] | undefined;
  let skip: Section[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const flag = arg.slice(2, eq >= 0 ? eq : undefined);
    let value: string | undefined = eq >= 0 ? arg.slice(eq + 1) : undefined;
    if (VALUE_FLAGS.has(flag) && value === undefined) {
      value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${flag} needs a value`);
      i++;
    } else if (!VALUE_FLAGS.has(flag) && value !== undefined) {
      throw new UsageError(`--${flag} takes no value`);
    }
    const v = value ?? '';
    switch (flag) {
      case 'only':
        only = [...(only ?? []), ...sectionList(flag, v)];
        break;
      case 'skip':
        skip = [...skip, ...sectionList(flag, v)];
        break;
      case 'lighthouse':
        only = [...(only ?? []), 'bytes', 'lighthouse'];
        break;
      case 'runs':
        options = { ...options, runs: positiveInteger(flag, v) };
        break;
      case 'no-build':
        options = { ...options, build: false };
        break;
      case 'dist':
        options = { ...options, dist: v };
        break;
      case 'out':
        options = { ...options, out: v };
        break;
      case 'cpu':
        options = { ...options, cpu: positiveInteger(flag, v) };
        break;
      case 'switches':
        options = { ...options, switches: positiveInteger(flag, v, 30) };
        break;
      case 'soak-url':
        if (!v.startsWith('/'))
          throw new UsageError(`--soak-url: a path of the app such as /kiosk?dwell=2, not '${v}'`);
        options = { ...options, soakUrl: v };
        break;
      case 'soak-rotations':
        options = { ...options, soakRotations: positiveInteger(flag, v) };
        break;
      case 'soak-minutes':
        options = { ...options, soakMinutes: positiveInteger(flag, v) };
        break;
      case 'help':
        help = true;
        break;
      default:
        throw new UsageError(`unknown flag --${flag}`);
    }
  }
  const chosen = SECTIONS.filter((s) => (only ? only.includes(s) : true) && !skip.includes(s));
  if (chosen.length === 0) throw new UsageError('no section left to run');
  if (options.dist !== DEFAULT_OPTIONS.dist && options.build)
    throw new UsageError('--dist measures an existing build: add --no-build');
  return { options: { ...options, sections: chosen }, help };
}
