// One ECharts canvas with only the modules the dashboards use (bars and funnels), so the statistics chunk stays
// small. The chart is an image to assistive technology: `summary` is read instead, and every chart is shown beside a
// table with the same numbers.
import { BarChart, FunnelChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { CSSProperties } from 'react';

echarts.use([BarChart, FunnelChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.EChartsCoreOption;

export function EChart({ option, summary, height, style }: { option: ChartOption; summary: string; height: number; style?: CSSProperties }) {
  return (
    <ReactEChartsCore
      echarts={echarts}
      option={option}
      notMerge
      role="img"
      aria-label={summary}
      style={{ height, width: '100%', ...style }}
    />
  );
}
