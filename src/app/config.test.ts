import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../mocks/scenarios.ts';
import { MOCK_SCENARIOS, parseRuntimeConfig, serviceIndexBands } from './config.ts';

const valid = {
  apiBaseUrl: '/api/v1',
  mocks: { enabled: true, scenario: 'normal' },
  refreshIntervalSeconds: 300,
  requestTimeoutSeconds: 20,
  defaultLocale: 'vi',
  defaultTheme: 'light',
};

describe('parseRuntimeConfig', () => {
  it('accepts the shipped configuration and an absolute feed URL', () => {
    expect(parseRuntimeConfig(valid)).toEqual({ ok: true, config: valid });
    expect(parseRuntimeConfig({ ...valid, apiBaseUrl: 'https://feeds.example.gov.vn/v1' }).ok).toBe(true);
  });

  it('names a missing field, in Vietnamese and English', () => {
    const { refreshIntervalSeconds: _omitted, ...rest } = valid;
    expect(parseRuntimeConfig(rest)).toEqual({
      ok: false,
      problems: [{ field: 'refreshIntervalSeconds', vi: 'bị thiếu', en: 'is missing' }],
    });
  });

  it('names a wrong value with what is allowed', () => {
    const result = parseRuntimeConfig({
      ...valid,
      defaultLocale: 'fr',
      mocks: { enabled: 'yes', scenario: 'normal' },
    });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([
      { field: 'mocks.enabled', vi: 'phải có kiểu boolean', en: 'must be of type boolean' },
      { field: 'defaultLocale', vi: 'phải là một trong: vi, en', en: 'must be one of: vi, en' },
    ]);
  });

  it('names a misspelt setting instead of ignoring it', () => {
    const result = parseRuntimeConfig({ ...valid, apiBaseURL: '/x' });
    expect(!result.ok && result.problems).toEqual([
      { field: 'apiBaseURL', vi: 'không phải là một thiết lập hợp lệ', en: 'is not a known setting' },
    ]);
  });

  it('rejects a refresh interval that would hammer the feed and a relative URL without a slash', () => {
    const result = parseRuntimeConfig({ ...valid, refreshIntervalSeconds: 1, apiBaseUrl: 'api' });
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual([
      'apiBaseUrl',
      'refreshIntervalSeconds',
    ]);
  });

  it('rejects a file that is not an object', () => {
    expect(parseRuntimeConfig(null).ok).toBe(false);
  });

  it('offers exactly the scenarios the mock feed knows', () => {
    expect([...MOCK_SCENARIOS]).toEqual([...SCENARIOS]);
  });
});

describe('serviceIndexBands (Decision 766 grading bands)', () => {
  it('defaults to 90 / 80 / 70 / 50 when absent, and takes configured bands', () => {
    const plain = parseRuntimeConfig(valid);
    expect(plain.ok && serviceIndexBands(plain.config)).toEqual({
      excellent: 90,
      good: 80,
      fair: 70,
      average: 50,
    });
    const bands = { excellent: 95, good: 85, fair: 75, average: 60 };
    const custom = parseRuntimeConfig({ ...valid, serviceIndexBands: bands });
    expect(custom.ok && serviceIndexBands(custom.config)).toEqual(bands);
  });

  it('names the field when the bands are out of order, out of range or misspelt', () => {
    const fields = (value: unknown) => {
      const result = parseRuntimeConfig({ ...valid, serviceIndexBands: value });
      return result.ok ? [] : result.problems.map((p) => p.field);
    };
    expect(fields({ excellent: 90, good: 95, fair: 70, average: 50 })).toEqual(['serviceIndexBands']);
    expect(fields({ excellent: 190, good: 80, fair: 70, average: 50 })).toEqual([
      'serviceIndexBands.excellent',
    ]);
    expect(fields({ excellent: 90, good: 80, fair: 70, avg: 50 })).toEqual([
      'serviceIndexBands.average',
      'serviceIndexBands.avg',
    ]);
  });
});
