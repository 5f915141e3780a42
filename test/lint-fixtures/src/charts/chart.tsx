import ReactEChartsCore from 'echarts-for-react/esm/core';

export const Chart = ReactEChartsCore;
