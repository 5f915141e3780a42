import { describe, expect, it } from 'vitest';
import { parseViewPath } from './view-path.ts';

describe('parseViewPath', () => {
  it('accepts views of the app and drops the fragment', () => {
    expect(parseViewPath('/')).toEqual({ ok: true, path: '/' });
    expect(parseViewPath('/?indicator=cpi-yoy&slice=top#map')).toEqual({
      ok: true,
      path: '/?indicator=cpi-yoy&slice=top',
    });
    expect(parseViewPath('/tinh/79?era=63')).toEqual({ ok: true, path: '/tinh/79?era=63' });
  });

  it('refuses other sites, however they are spelt', () => {
    for (const text of [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example/',
      'javascript:alert(1)',
    ]) {
      expect(parseViewPath(text).ok, text).toBe(false);
    }
    expect(parseViewPath('//evil.example/')).toEqual({ ok: false, problem: 'other-origin' });
    expect(parseViewPath('javascript:alert(1)')).toEqual({ ok: false, problem: 'not-a-path' });
  });

  it('refuses the wall and the deck themselves, control characters and overlong paths', () => {
    expect(parseViewPath('/kiosk?view=/')).toEqual({ ok: false, problem: 'nested' });
    expect(parseViewPath('/trinh-chieu/')).toEqual({ ok: false, problem: 'nested' });
    expect(parseViewPath('/kiosks').ok).toBe(true);
    expect(parseViewPath('/ tinh').ok).toBe(false);
    expect(parseViewPath('/\n//evil').ok).toBe(false);
    expect(parseViewPath(`/?x=${'a'.repeat(2000)}`)).toEqual({ ok: false, problem: 'too-long' });
  });
});
