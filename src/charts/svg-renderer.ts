/**
 * The SVG renderer on its own, so `registerSvgRenderer()` in register-echarts.ts can load it as a separate
 * chunk. Nothing else should import this module.
 */
export { SVGRenderer } from 'echarts/renderers';
