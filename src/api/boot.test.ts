import { afterEach, describe, expect, it } from 'vitest';
import { bootConfigText, takeBootResponse } from './boot.ts';

const global = globalThis as { __dieuHanhBoot?: unknown };

afterEach(() => {
  delete global.__dieuHanhBoot;
});

describe('responses started by the boot script', () => {
  it('are handed over once, then requests go to the network again', async () => {
    const response = { response: Promise.resolve(new Response('{}')), abort: () => undefined };
    global.__dieuHanhBoot = {
      config: Promise.resolve('{"a":1}'),
      responses: { '/api/v1/metadata': response },
    };
    expect(await bootConfigText()).toBe('{"a":1}');
    expect(takeBootResponse('/api/v1/metadata')).toBe(response);
    expect(takeBootResponse('/api/v1/metadata')).toBeUndefined();
    expect(takeBootResponse('/api/v1/indicators')).toBeUndefined();
  });

  it('are absent without the boot script (tests, an embedding page)', async () => {
    expect(await bootConfigText()).toBeNull();
    expect(takeBootResponse('/api/v1/metadata')).toBeUndefined();
  });
});
