import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHART_FONTS, FONT_SAMPLE_TEXT, waitForFont } from './wait-for-font.ts';
import type { FontLoader } from './wait-for-font.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('waitForFont', () => {
  it('settles at once where there is no font loading API', async () => {
    const wait = waitForFont(undefined);
    await expect(wait.settled).resolves.toBe('unavailable');
    await expect(wait.loaded).resolves.toBe(false);
  });

  it('loads every chart face with Vietnamese sample text, so the vietnamese subset is fetched too', async () => {
    const calls: [string, string | undefined][] = [];
    const fonts: FontLoader = {
      load: (font, text) => {
        calls.push([font, text]);
        return Promise.resolve([{}]);
      },
    };
    await expect(waitForFont(fonts).settled).resolves.toBe('loaded');
    expect(calls.map(([font]) => font)).toEqual(CHART_FONTS);
    for (const [, text] of calls) expect(text).toBe(FONT_SAMPLE_TEXT);
    expect(FONT_SAMPLE_TEXT).toMatch(/Đ/);
    expect(FONT_SAMPLE_TEXT).toMatch(/ộ/);
  });

  it('gives up after the timeout but still reports a late load', async () => {
    vi.useFakeTimers();
    let finish: (faces: readonly unknown[]) => void = () => undefined;
    const pending = new Promise<readonly unknown[]>((resolve) => {
      finish = resolve;
    });
    const wait = waitForFont({ load: () => pending }, ['600 16px "X"'], 1500);
    vi.advanceTimersByTime(1500);
    await expect(wait.settled).resolves.toBe('timeout');
    finish([{}]);
    await expect(wait.loaded).resolves.toBe(true);
  });

  it('reports failure when no face matches or loading throws', async () => {
    await expect(waitForFont({ load: () => Promise.resolve([]) }).settled).resolves.toBe('failed');
    await expect(waitForFont({ load: () => Promise.reject(new Error('blocked')) }).settled).resolves.toBe(
      'failed',
    );
  });
});
