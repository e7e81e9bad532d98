// Chart options from plain (label, count) lists: horizontal bars (long Vietnamese labels read best on the y axis)
// and a funnel that keeps the stages in the order the API gives them.
import type { ChartOption } from './EChart';

export interface ChartItem {
  label: string;
  count: number;
}

const PALETTE = ['#a8071a', '#d4380d', '#d48806', '#389e0d', '#08979c', '#1d39c4', '#531dab', '#c41d7f', '#595959'];

/** A label cut to `max` characters for an axis (the tooltip and the table keep the whole text). */
function shorten(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

export function barOption(items: ChartItem[], opts: { labelChars?: number } = {}): ChartOption {
  const chars = opts.labelChars ?? 34;
  // ECharts draws the first category at the bottom: reverse so the chart reads top-down in the table's order.
  const rows = [...items].reverse();
  return {
    animation: false,
    color: [PALETTE[0]],
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number; dataIndex: number }) => `${rows[p.dataIndex]?.label ?? p.name}: ${p.value}` },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: rows.map((r) => shorten(r.label, chars)),
      axisLabel: { width: chars * 7, overflow: 'truncate' },
    },
    series: [{ type: 'bar', data: rows.map((r) => r.count), barMaxWidth: 28, label: { show: true, position: 'right' } }],
  };
}

export function funnelOption(items: ChartItem[]): ChartOption {
  const max = Math.max(1, ...items.map((i) => i.count));
  return {
    animation: false,
    color: PALETTE,
    tooltip: { trigger: 'item', formatter: (p: { name: string; value: number }) => `${p.name}: ${p.value}` },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        min: 0,
        max,
        minSize: '8%',
        left: '5%',
        right: '5%',
        top: 8,
        bottom: 8,
        gap: 2,
        label: { show: true, position: 'inside', formatter: (p: { name: string; value: number }) => `${shorten(p.name, 40)}: ${p.value}` },
        data: items.map((i) => ({ name: i.label, value: i.count })),
      },
    ],
  };
}

/** Height that fits one bar per item. */
export function barHeight(count: number): number {
  return Math.max(120, count * 36 + 40);
}
