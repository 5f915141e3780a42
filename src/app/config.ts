/**
 * The runtime configuration, `config.json` beside index.html, read once at start-up so one build can be
 * pointed at any feed. It is validated strictly: a missing, misspelt or wrong field stops the app with a
 * page that names the field, instead of a half-configured dashboard.
 */
import * as z from 'zod/mini';
import { bootConfigText } from '../api/boot.ts';
import { formatPath } from '../api/http.ts';
import { DEFAULT_SCORE_BANDS, type ScoreBands } from '../domain/score-766.ts';
import { parseViewPath } from '../components/view-path.ts';

/** Mirrors the mock scenarios (mocks/scenarios.ts; a test keeps the two lists equal). */
export const MOCK_SCENARIOS = ['normal', 'slow', 'flaky', 'down', 'invalid', 'empty'] as const;

/** A view of the app, for the wall's playlist: a path of this app (`/`, `/tinh/79?era=63`), never another origin. */
const viewPathSchema = z.string().check(
  z.refine((v) => parseViewPath(v).ok, {
    error: 'a path of this app starting with / (not the wall or the deck itself, not another site)',
  }),
);

/** How long the wall shows a view: long enough to read, short enough that a loop ends within the hour. */
const dwellSecondsSchema = z.int().check(z.minimum(5), z.maximum(3600));

/** The meeting-room wall (`/kiosk`): which views it rotates through and how it keeps itself healthy. */
export const kioskConfigSchema = z.strictObject({
  /** The views in order; each may say how long it stays and give the header a title. */
  playlist: z
    .array(
      z.strictObject({
        view: viewPathSchema,
        dwellSeconds: z.optional(dwellSecondsSchema),
        title: z.optional(
          z.strictObject({
            vi: z.string().check(z.minLength(1), z.maxLength(120)),
            en: z.string().check(z.minLength(1), z.maxLength(120)),
          }),
        ),
      }),
    )
    .check(z.minLength(1), z.maxLength(50)),
  /** The dwell of a view that gives none. */
  dwellSeconds: dwellSecondsSchema,
  /** The page reloads itself after this many loops, to bound the browser's memory; 0 never. */
  reloadEveryLoops: z.int().check(z.minimum(0), z.maximum(10_000)),
});

export type KioskConfig = z.infer<typeof kioskConfigSchema>;

export const runtimeConfigSchema = z.strictObject({
  apiBaseUrl: z.string().check(
    z.minLength(1),
    z.refine((v) => v.startsWith('/') || /^https?:\/\/[^/]+/.test(v), {
      error: 'an absolute http(s) URL or a path starting with /',
    }),
  ),
  mocks: z.strictObject({
    enabled: z.boolean(),
    scenario: z.enum(MOCK_SCENARIOS),
  }),
  refreshIntervalSeconds: z.int().check(z.minimum(15), z.maximum(86_400)),
  requestTimeoutSeconds: z.int().check(z.minimum(1), z.maximum(300)),
  defaultLocale: z.enum(['vi', 'en']),
  defaultTheme: z.enum(['light', 'dark']),
  /** Decision 766 grading bands (lower bounds); absent: {@link DEFAULT_SCORE_BANDS}. */
  serviceIndexBands: z.optional(
    z
      .strictObject({
        excellent: z.number().check(z.positive(), z.maximum(100)),
        good: z.number().check(z.positive(), z.maximum(100)),
        fair: z.number().check(z.positive(), z.maximum(100)),
        average: z.number().check(z.positive(), z.maximum(100)),
      })
      .check(
        // Ranges are checked above; this is the order rule of parseScoreBands, which the domain documents.
        z.refine((v) => v.excellent > v.good && v.good > v.fair && v.fair > v.average, {
          error: 'excellent > good > fair > average',
        }),
      ),
  ),
  /** Optional: a deployment without a wall screen needs none (the wall then shows the overview). */
  kiosk: z.optional(kioskConfigSchema),
});

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>;

/** The 766 grading bands in force: the configured ones, or the default. */
export function serviceIndexBands(config: RuntimeConfig): ScoreBands {
  return config.serviceIndexBands ?? DEFAULT_SCORE_BANDS;
}

export interface ConfigProblem {
  /** The field, dotted (`mocks.enabled`), or empty when the file itself is the problem. */
  readonly field: string;
  /** What is wrong, in Vietnamese and in English: the locale itself lives in the broken file. */
  readonly vi: string;
  readonly en: string;
}

export type ConfigResult =
  | { readonly ok: true; readonly config: RuntimeConfig }
  | { readonly ok: false; readonly problems: readonly ConfigProblem[] };

/** Validates the parsed JSON of config.json. */
export function parseRuntimeConfig(json: unknown): ConfigResult {
  // reportInput tells a missing field (undefined) from a wrong one.
  const parsed = z.safeParse(runtimeConfigSchema, json, { reportInput: true });
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => {
      // An unknown key is reported on the parent with the key names; name the key itself.
      if (issue.code === 'unrecognized_keys') {
        const parent = formatPath(issue.path);
        return {
          field: issue.keys.map((k) => (parent ? `${parent}.${k}` : k)).join(', '),
          vi: 'không phải là một thiết lập hợp lệ',
          en: 'is not a known setting',
        };
      }
      return { field: formatPath(issue.path), ...describeIssue(issue) };
    }),
  };
}

function describeIssue(issue: z.core.$ZodIssue): { vi: string; en: string } {
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return { vi: 'bị thiếu', en: 'is missing' };
  }
  switch (issue.code) {
    case 'invalid_type':
      return {
        vi: `phải có kiểu ${issue.expected}`,
        en: `must be of type ${issue.expected}`,
      };
    case 'invalid_value':
      return {
        vi: `phải là một trong: ${issue.values.map(String).join(', ')}`,
        en: `must be one of: ${issue.values.map(String).join(', ')}`,
      };
    case 'too_small':
      return {
        vi: `phải từ ${String(issue.minimum)} trở lên`,
        en: `must be at least ${String(issue.minimum)}`,
      };
    case 'too_big':
      return {
        vi: `không được quá ${String(issue.maximum)}`,
        en: `must be at most ${String(issue.maximum)}`,
      };
    default:
      return { vi: `không hợp lệ (${issue.message})`, en: `is invalid (${issue.message})` };
  }
}

/** Fetches and validates config.json; network and JSON errors become problems too. */
export async function loadRuntimeConfig(url: string): Promise<ConfigResult> {
  // The boot script in index.html has usually read the file already.
  const early = await bootConfigText();
  if (early !== null) {
    try {
      return parseRuntimeConfig(JSON.parse(early));
    } catch {
      return fileProblem(`${url} không phải là JSON hợp lệ`, `${url} is not valid JSON`);
    }
  }
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store' });
  } catch {
    return fileProblem(`không tải được ${url}`, `could not fetch ${url}`);
  }
  if (!response.ok) {
    return fileProblem(
      `${url} trả về lỗi HTTP ${response.status}`,
      `${url} answered HTTP ${response.status}`,
    );
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return fileProblem(`${url} không phải là JSON hợp lệ`, `${url} is not valid JSON`);
  }
  return parseRuntimeConfig(json);
}

function fileProblem(vi: string, en: string): ConfigResult {
  return { ok: false, problems: [{ field: '', vi, en }] };
}
