/**
 * The bar chart and mark lines on their own, so `registerBarCharts()` in register-echarts.ts can load them
 * as a separate chunk. Nothing else should import this module.
 */
export { BarChart } from 'echarts/charts';
export { MarkLineComponent } from 'echarts/components';
