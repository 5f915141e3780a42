import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that open markup or close an attribute', () => {
    expect(escapeHtml(`<img src=x onerror=alert(1)> & "a" 'b'`)).toBe(
      '&lt;img src=x onerror=alert(1)&gt; &amp; &quot;a&quot; &#39;b&#39;',
    );
  });

  it('escapes an ampersand once, so existing entities are shown as typed', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('leaves Vietnamese text, arrows and numbers alone', () => {
    const text = 'Thừa Thiên Huế · ▲ tăng +3,4 đpt · 67,3% kế hoạch';
    expect(escapeHtml(text)).toBe(text);
  });

  it('returns the empty string for the empty string', () => {
    expect(escapeHtml('')).toBe('');
  });
});
