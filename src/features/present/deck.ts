/**
 * A deck for an online conference: an ordered list of views of the app with optional titles, and
 * optionally a snapshot of the figures its slides show ("frozen"), so that every conference site that
 * opens the file sees the same numbers whatever the feed says by then.
 *
 * A deck file comes from anywhere (e-mail, a USB stick, a page beside the app), so it is read as
 * untrusted input: size-limited before it is parsed, checked field by field, every slide a path of this
 * app (components/view-path.ts), every snapshot entry a feed response that passes that endpoint's own
 * schema (api/contract.ts), exactly as a fetched answer would. A file that fails gets a problem naming
 * the field and what is wrong with it, and nothing of it is used.
 */
import { hashKey } from '@tanstack/react-query';
import * as z from 'zod/mini';
import { ENDPOINTS, type EndpointName } from '../../api/contract.ts';
import { formatPath } from '../../api/http.ts';
import { parseViewPath } from '../../components/view-path.ts';

/** What the file says it is, so a stray JSON file is named as such. */
export const DECK_FORMAT = 'dieu-hanh/deck';
export const DECK_VERSION = 1;
/**
 * A deck file may be this large: a frozen deck of a dozen overview slides is well under a megabyte, and
 * decks are kept in localStorage, which browsers cap at about 5 MB per site.
 */
export const MAX_DECK_BYTES = 4 * 1024 * 1024;
export const MAX_SLIDES = 100;
export const MAX_TITLE_LENGTH = 200;
export const MAX_SNAPSHOT_QUERIES = 5000;
/** A feed query key, as JSON: a handful of parameters. */
const MAX_KEY_LENGTH = 600;

export interface DeckSlide {
  readonly view: string;
  readonly title?: string;
}

/** A feed response as it was cached when the deck was frozen. */
export interface SnapshotEntry {
  readonly queryKey: readonly unknown[];
  readonly dataUpdatedAt: number;
  readonly data: unknown;
}

export interface DeckSnapshot {
  /** When the figures were frozen (ms epoch). */
  readonly takenAt: number;
  /** The feed's data version then, if it said. */
  readonly dataVersion?: string;
  readonly queries: readonly SnapshotEntry[];
}

export interface Deck {
  readonly title: string;
  readonly slides: readonly DeckSlide[];
  readonly snapshot?: DeckSnapshot;
}

const titleSchema = z.string().check(z.maxLength(MAX_TITLE_LENGTH));

const snapshotEntrySchema = z.strictObject({
  queryKey: z.array(z.unknown()).check(z.minLength(2), z.maxLength(4)),
  dataUpdatedAt: z.int().check(z.minimum(0)),
  data: z.unknown(),
});

const fileSchema = z.strictObject({
  format: z.literal(DECK_FORMAT),
  version: z.literal(DECK_VERSION),
  title: titleSchema,
  slides: z
    .array(
      z.strictObject({
        view: z.string(),
        title: z.optional(titleSchema),
      }),
    )
    .check(z.maxLength(MAX_SLIDES)),
  snapshot: z.optional(
    z.strictObject({
      takenAt: z.iso.datetime({ offset: true }),
      dataVersion: z.optional(z.string().check(z.maxLength(200))),
      queries: z.array(snapshotEntrySchema).check(z.maxLength(MAX_SNAPSHOT_QUERIES)),
    }),
  ),
});

type DeckFile = z.infer<typeof fileSchema>;

/** What is wrong with a deck file, for the message that names it. */
export type DeckProblemReason =
  | 'too-large'
  | 'not-json'
  | 'not-a-deck'
  | 'version'
  | 'missing'
  | 'wrong-type'
  | 'too-long'
  | 'too-many'
  | 'unknown-field'
  | 'not-a-path'
  | 'other-origin'
  | 'nested'
  | 'not-a-feed-query'
  | 'invalid-data'
  | 'invalid';

export interface DeckProblem {
  /** The field, as `slides[2].view`; empty for the file as a whole. */
  readonly field: string;
  readonly reason: DeckProblemReason;
}

export type DeckResult =
  { readonly ok: true; readonly deck: Deck } | { readonly ok: false; readonly problem: DeckProblem };

const fail = (field: string, reason: DeckProblemReason): DeckResult => ({
  ok: false,
  problem: { field, reason },
});

function reasonOf(issue: z.core.$ZodIssue): DeckProblemReason {
  if (issue.code === 'unrecognized_keys') return 'unknown-field';
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_value')) {
    return 'missing';
  }
  if (issue.code === 'invalid_type') return 'wrong-type';
  if (issue.code === 'too_big') return issue.origin === 'array' ? 'too-many' : 'too-long';
  return 'invalid';
}

/** Size in bytes of `text` as UTF-8, the unit a file is measured in. */
export function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * Reads a deck file. `text` is the whole file; files are refused by size before anything else (the
 * caller should also refuse a `File` whose `size` is over {@link MAX_DECK_BYTES} before reading it).
 */
export function parseDeckFile(text: string): DeckResult {
  if (text.length > MAX_DECK_BYTES || utf8Length(text) > MAX_DECK_BYTES) return fail('', 'too-large');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail('', 'not-json');
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('', 'not-a-deck');
  const record = json as Record<string, unknown>;
  if (record.format !== DECK_FORMAT) return fail('format', 'not-a-deck');
  if (record.version !== DECK_VERSION) return fail('version', 'version');

  const parsed = z.safeParse(fileSchema, json, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) return fail('', 'invalid');
    const path = formatPath(issue.path);
    const field =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => (path ? `${path}.${k}` : k)).join(', ')
        : path;
    return fail(field, reasonOf(issue));
  }
  return fromFile(parsed.data);
}

function fromFile(file: DeckFile): DeckResult {
  const slides: DeckSlide[] = [];
  for (const [i, slide] of file.slides.entries()) {
    const view = parseViewPath(slide.view);
    if (!view.ok) return fail(`slides[${i}].view`, view.problem === 'too-long' ? 'too-long' : view.problem);
    slides.push({ view: view.path, ...(slide.title ? { title: slide.title } : {}) });
  }
  if (!file.snapshot) return { ok: true, deck: { title: file.title, slides } };

  const queries: SnapshotEntry[] = [];
  for (const [i, entry] of file.snapshot.queries.entries()) {
    const checked = checkSnapshotEntry(entry);
    if (!checked.ok) return fail(`snapshot.queries[${i}].${checked.field}`, checked.reason);
    queries.push(checked.entry);
  }
  return {
    ok: true,
    deck: {
      title: file.title,
      slides,
      snapshot: {
        takenAt: Date.parse(file.snapshot.takenAt),
        ...(file.snapshot.dataVersion ? { dataVersion: file.snapshot.dataVersion } : {}),
        queries,
      },
    },
  };
}

function isEndpoint(name: unknown): name is EndpointName {
  return typeof name === 'string' && Object.hasOwn(ENDPOINTS, name);
}

/** A key part is a string, a number or a flat object of those: what the app's query keys hold. */
function isPlainKeyPart(part: unknown): boolean {
  if (typeof part === 'string' || typeof part === 'number') return true;
  if (typeof part !== 'object' || part === null || Array.isArray(part)) return false;
  return Object.values(part).every((v) => typeof v === 'string' || typeof v === 'number');
}

type EntryCheck =
  | { readonly ok: true; readonly entry: SnapshotEntry }
  | { readonly ok: false; readonly field: string; readonly reason: DeckProblemReason };

/**
 * One snapshot entry: a key of the feed (`['feed', endpoint, …params]`) and data that passes that
 * endpoint's response schema. The parsed data is kept, so what reaches the views is exactly what the
 * feed client would have handed them.
 */
export function checkSnapshotEntry(entry: z.infer<typeof snapshotEntrySchema>): EntryCheck {
  const [root, endpoint, ...params] = entry.queryKey;
  if (
    root !== 'feed' ||
    !isEndpoint(endpoint) ||
    !params.every(isPlainKeyPart) ||
    JSON.stringify(entry.queryKey).length > MAX_KEY_LENGTH
  ) {
    return { ok: false, field: 'queryKey', reason: 'not-a-feed-query' };
  }
  const data = z.safeParse(ENDPOINTS[endpoint].response, entry.data);
  if (!data.success) {
    const path = formatPath(data.error.issues[0]?.path ?? []);
    return { ok: false, field: path ? `data.${path}` : 'data', reason: 'invalid-data' };
  }
  return {
    ok: true,
    entry: { queryKey: entry.queryKey, dataUpdatedAt: entry.dataUpdatedAt, data: data.data },
  };
}

/** The deck as a file: pretty enough to read, with the snapshot's time as a date a person can check. */
export function serializeDeck(deck: Deck): string {
  const file: DeckFile = {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    title: deck.title,
    slides: deck.slides.map((s) => ({ view: s.view, ...(s.title ? { title: s.title } : {}) })),
    ...(deck.snapshot
      ? {
          snapshot: {
            takenAt: new Date(deck.snapshot.takenAt).toISOString(),
            ...(deck.snapshot.dataVersion ? { dataVersion: deck.snapshot.dataVersion } : {}),
            queries: deck.snapshot.queries.map((q) => ({
              queryKey: [...q.queryKey],
              dataUpdatedAt: q.dataUpdatedAt,
              data: q.data,
            })),
          },
        }
      : {}),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

/** The query hash the cache files an entry under (computed here, never taken from the file). */
export function entryHash(entry: SnapshotEntry): string {
  return hashKey(entry.queryKey);
}

// Editing. Pure: each returns a new deck.

export function addSlide(deck: Deck, slide: DeckSlide): Deck {
  if (deck.slides.length >= MAX_SLIDES) return deck;
  const view = parseViewPath(slide.view);
  if (!view.ok) return deck;
  const title = slide.title?.trim().slice(0, MAX_TITLE_LENGTH);
  // A slide added to a frozen deck would have no figures in its snapshot: adding unfreezes it.
  const { snapshot: _dropped, ...rest } = deck;
  return { ...rest, slides: [...deck.slides, { view: view.path, ...(title ? { title } : {}) }] };
}

export function removeSlide(deck: Deck, index: number): Deck {
  return { ...deck, slides: deck.slides.filter((_, i) => i !== index) };
}

/** Moves slide `index` by `by` places (−1 up, +1 down), staying inside the deck. */
export function moveSlide(deck: Deck, index: number, by: number): Deck {
  const target = index + by;
  if (index < 0 || index >= deck.slides.length || target < 0 || target >= deck.slides.length) return deck;
  const slides = [...deck.slides];
  const [moved] = slides.splice(index, 1);
  if (moved) slides.splice(target, 0, moved);
  return { ...deck, slides };
}

export function retitleSlide(deck: Deck, index: number, title: string): Deck {
  const trimmed = title.slice(0, MAX_TITLE_LENGTH);
  return {
    ...deck,
    slides: deck.slides.map((s, i) => {
      if (i !== index) return s;
      const { title: _old, ...rest } = s;
      return trimmed.trim() ? { ...rest, title: trimmed } : rest;
    }),
  };
}

/** A view path without the shell's own preferences (language, theme): the deck decides those. */
export function viewOfLocation(pathname: string, search: string): string {
  const params = new URLSearchParams(search);
  params.delete('lang');
  params.delete('theme');
  const query = params.toString();
  return `${pathname}${query ? `?${query}` : ''}`;
}
