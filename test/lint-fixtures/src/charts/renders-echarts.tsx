import ReactEChartsCore from 'echarts-for-react/esm/core';

export const Legend = ReactEChartsCore;
