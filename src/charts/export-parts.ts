/**
 * What only exported images draw (the frame's title and subtitle), on its own so `registerExportParts()` in
 * register-echarts.ts can load it as a separate chunk. Nothing else should import this module.
 */
export { TitleComponent } from 'echarts/components';
