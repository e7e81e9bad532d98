// What a report table looks like as a chart: a pie when it has one count column (the parts of a whole), bars grouped
// by column otherwise. Totals, detail rows and percentages stay in the table.
import type { ChartOption } from '../../components/charts/EChart';
import type { ReportTable } from './queries';

const PALETTE = ['#a8071a', '#d4380d', '#d48806', '#389e0d', '#08979c', '#1d39c4', '#531dab', '#c41d7f', '#595959'];

export interface ChartData {
  kind: 'pie' | 'bar';
  /** The rows charted (top-level, not totals). */
  labels: string[];
  /** One series per count column. */
  series: { name: string; values: number[] }[];
}

export function chartData(table: ReportTable): ChartData {
  const rows = table.rows.filter((r) => r.level === 0 && !r.total);
  const counts = table.columns.filter((c) => c.kind === 'count');
  return {
    kind: counts.length === 1 ? 'pie' : 'bar',
    labels: rows.map((r) => r.label),
    series: counts.map((c) => ({ name: c.label, values: rows.map((r) => r.values[c.key] ?? 0) })),
  };
}

const shorten = (s: string, max: number) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

export function chartOption(d: ChartData): ChartOption {
  if (d.kind === 'pie') {
    return {
      animation: false,
      color: PALETTE,
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { type: 'scroll', bottom: 0, formatter: (name: string) => shorten(name, 40) },
      series: [{ type: 'pie', radius: ['30%', '62%'], center: ['50%', '42%'], label: { formatter: '{c}' }, data: d.labels.map((name, i) => ({ name, value: d.series[0].values[i] })) }],
    };
  }
  return {
    animation: false,
    color: PALETTE,
    tooltip: { trigger: 'axis' },
    legend: { type: 'scroll', bottom: 0, formatter: (name: string) => shorten(name, 36) },
    grid: { left: 8, right: 16, top: 8, bottom: 48, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: d.labels.map((l) => shorten(l, 30)) },
    series: d.series.map((s) => ({ type: 'bar', name: s.name, data: s.values, barMaxWidth: 18, label: { show: true, position: 'right' } })),
  };
}

/** What a screen reader hears instead of the picture. */
export function chartSummary(title: string, d: ChartData, t: (key: string, o?: Record<string, unknown>) => string): string {
  const items = d.labels
    .map((label, i) => `${label}: ${d.series.map((s) => (d.series.length > 1 ? `${s.name} ${s.values[i]}` : String(s.values[i]))).join(', ')}`)
    .join('; ');
  return t('chart.summary', { title, kind: t(d.kind === 'pie' ? 'chart.pie' : 'chart.bar'), items });
}
