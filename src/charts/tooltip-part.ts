/**
 * The tooltip (and the axis pointer it brings), on its own so `registerTooltip()` in register-echarts.ts can
 * load it as a separate chunk when a reader first points at or focuses a chart: a wall without a mouse and
 * a first screen never need it. Nothing else should import this module.
 */
export { TooltipComponent } from 'echarts/components';
