// The chart of one report table (loaded with the page's charts chunk): ECharts with the pie and the legend added to
// the bars the shared component registers.
import { PieChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { EChart } from '../../components/charts/EChart';
import { chartOption, type ChartData } from './reportCharts';

echarts.use([PieChart, LegendComponent]);

export default function ReportChart({ data, summary }: { data: ChartData; summary: string }) {
  const height = data.kind === 'pie' ? 300 : Math.max(200, data.labels.length * (24 + 14 * data.series.length) + 60);
  return <EChart option={chartOption(data)} summary={summary} height={height} />;
}
