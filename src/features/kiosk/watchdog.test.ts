import { describe, expect, it } from 'vitest';
import {
  ERROR_LIMIT,
  ERROR_WINDOW_MS,
  FRAME_STALL_MS,
  ROTATION_SLACK_MS,
  pruneErrorTimes,
  watchdogVerdict,
  type WatchdogFacts,
} from './watchdog.ts';

const NOW = 10_000_000;
const healthy: WatchdogFacts = {
  now: NOW,
  shownAt: NOW - 5_000,
  dwellMs: 30_000,
  paused: false,
  lastFrameAt: NOW - 16,
  visible: true,
  errorTimes: [],
};

describe('watchdogVerdict', () => {
  it('is content with a wall that rotates and paints', () => {
    expect(watchdogVerdict(healthy)).toBe('ok');
  });

  it('notices a view that outstayed its dwell: the rotation stopped', () => {
    const late = { ...healthy, shownAt: NOW - 30_000 - ROTATION_SLACK_MS - 1 };
    expect(watchdogVerdict(late)).toBe('rotation-stalled');
    expect(watchdogVerdict({ ...late, paused: true })).toBe('ok');
  });

  it('notices a visible page that has painted nothing for a while', () => {
    const frozen = { ...healthy, lastFrameAt: NOW - FRAME_STALL_MS - 1 };
    expect(watchdogVerdict(frozen)).toBe('rendering-stalled');
    expect(watchdogVerdict({ ...frozen, visible: false })).toBe('ok');
    expect(watchdogVerdict({ ...healthy, lastFrameAt: null })).toBe('ok');
  });

  it('counts errors within the window only', () => {
    const many = Array.from({ length: ERROR_LIMIT }, (_, i) => NOW - i * 1000);
    expect(watchdogVerdict({ ...healthy, errorTimes: many })).toBe('errors');
    expect(watchdogVerdict({ ...healthy, errorTimes: many.slice(1) })).toBe('ok');
    const old = many.map((t) => t - ERROR_WINDOW_MS - 60_000);
    expect(watchdogVerdict({ ...healthy, errorTimes: old })).toBe('ok');
  });
});

describe('pruneErrorTimes', () => {
  it('forgets errors the verdict no longer counts and bounds the list', () => {
    expect(pruneErrorTimes([NOW - ERROR_WINDOW_MS - 1, NOW - 5], NOW)).toEqual([NOW - 5]);
    expect(
      pruneErrorTimes(
        Array.from({ length: 100 }, () => NOW),
        NOW,
      ),
    ).toHaveLength(ERROR_LIMIT * 2);
  });
});
