/** The unit code an ECharts event is about: the data item's `code`, else the item's name (map regions). */
export function eventCode(event: { name?: string; data?: unknown }): string | null {
  const data = event.data;
  if (data !== null && typeof data === 'object' && 'code' in data && typeof data.code === 'string')
    return data.code;
  return event.name ? event.name : null;
}
