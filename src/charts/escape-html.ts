/**
 * HTML escaping for text that reaches markup ECharts renders as HTML: tooltips with a custom `formatter`
 * (docs/stack.md, note 10; ECharts will not sanitise, issues #14429, #21276) and rich-text labels. Province names,
 * value texts and statuses come from the feed, so every one of them goes through here before it is
 * concatenated into a tooltip.
 */

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * `text` with `& < > " '` replaced by entities, safe both between tags and inside a quoted attribute.
 * Everything else (Vietnamese diacritics, "▲", "%") passes through unchanged.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}
