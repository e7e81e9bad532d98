// Positions for the diagram: dagre lays the states out top to bottom, groups as clusters around their states.
import dagre from '@dagrejs/dagre';
import type { MachineGraph } from './machineGraph';

export const NODE_WIDTH = 172;
export const TRANSIENT_SIZE = { width: 64, height: 30 };
const LINE_HEIGHT = 15;
const NODE_PADDING_Y = 12;
const CHARS_PER_LINE = 24;

export interface PlacedNode {
  id: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface PlacedGroup {
  id: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface PlacedEdge {
  from: string;
  to: string;
  points: { x: number; y: number }[];
}
export interface DiagramLayout {
  width: number;
  height: number;
  nodes: Map<string, PlacedNode>;
  groups: PlacedGroup[];
  edges: PlacedEdge[];
}

/** Words wrapped to lines of about `max` characters (a word longer than that keeps its own line). */
export function wrapText(text: string, max = CHARS_PER_LINE): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

const GROUP_PREFIX = '\u0001group:';

export function layoutGraph(graph: MachineGraph, extraEdges: { from: string; to: string }[] = []): DiagramLayout {
  const g = new dagre.graphlib.Graph({ compound: true, multigraph: false });
  g.setGraph({ rankdir: 'TB', nodesep: 22, ranksep: 34, edgesep: 12, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));

  for (const group of graph.groups) g.setNode(GROUP_PREFIX + group.id, { width: 0, height: 0, paddingTop: 18 });
  for (const group of graph.groups) {
    if (group.parent) g.setParent(GROUP_PREFIX + group.id, GROUP_PREFIX + group.parent);
  }
  const lines = new Map<string, string[]>();
  for (const node of graph.nodes) {
    const wrapped = node.transient ? [] : wrapText(node.label);
    lines.set(node.id, wrapped);
    g.setNode(node.id, node.transient ? { ...TRANSIENT_SIZE } : { width: NODE_WIDTH, height: NODE_PADDING_Y * 2 + wrapped.length * LINE_HEIGHT });
    if (node.parent) g.setParent(node.id, GROUP_PREFIX + node.parent);
  }
  const known = new Set(graph.nodes.map((n) => n.id));
  for (const edge of [...graph.edges, ...extraEdges]) {
    // A step that keeps the case in its state draws no arrow.
    if (edge.from !== edge.to && known.has(edge.from) && known.has(edge.to) && !g.hasEdge(edge.from, edge.to)) g.setEdge(edge.from, edge.to);
  }

  dagre.layout(g);

  const nodes = new Map<string, PlacedNode>();
  for (const node of graph.nodes) {
    const n = g.node(node.id);
    nodes.set(node.id, { id: node.id, lines: lines.get(node.id) ?? [], x: n.x ?? 0, y: n.y ?? 0, width: n.width, height: n.height });
  }
  const groups: PlacedGroup[] = graph.groups.map((group) => {
    const n = g.node(GROUP_PREFIX + group.id);
    return { id: group.id, label: group.label, x: n.x ?? 0, y: n.y ?? 0, width: n.width, height: n.height };
  });
  const edges: PlacedEdge[] = g.edges().map((e) => ({ from: e.v, to: e.w, points: g.edge(e).points ?? [] }));
  const label = g.graph();
  return { width: Math.ceil(label.width ?? 0), height: Math.ceil(label.height ?? 0), nodes, groups, edges };
}

export interface LabelRequest {
  key: string;
  points: { x: number; y: number }[];
  width: number;
  height: number;
}

/**
 * A place for each edge label: the edge's middle point if free, else the next point along the edge that overlaps
 * neither a state nor a label already placed (the middle one when none is free).
 */
export function placeLabels(layout: DiagramLayout, requests: LabelRequest[]): Map<string, { x: number; y: number }> {
  type Box = { x1: number; y1: number; x2: number; y2: number };
  const taken: Box[] = [...layout.nodes.values()].map((n) => ({ x1: n.x - n.width / 2, y1: n.y - n.height / 2, x2: n.x + n.width / 2, y2: n.y + n.height / 2 }));
  const overlaps = (a: Box) => taken.some((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2);
  const placed = new Map<string, { x: number; y: number }>();
  for (const r of requests) {
    const candidates = candidatePoints(r.points);
    if (candidates.length === 0) continue;
    const boxAt = (p: { x: number; y: number }): Box => ({ x1: p.x - r.width / 2, y1: p.y - r.height / 2, x2: p.x + r.width / 2, y2: p.y + r.height / 2 });
    const free = candidates.find((p) => !overlaps(boxAt(p))) ?? candidates[0];
    taken.push(boxAt(free));
    placed.set(r.key, free);
  }
  return placed;
}

/** Points along a polyline, from its middle outwards: its vertices and the midpoints of its segments. */
function candidatePoints(points: { x: number; y: number }[]): { x: number; y: number }[] {
  const all: { x: number; y: number }[] = [];
  points.forEach((p, i) => {
    if (i > 0) {
      const q = points[i - 1];
      for (const f of [0.25, 0.5, 0.75]) all.push({ x: q.x + (p.x - q.x) * f, y: q.y + (p.y - q.y) * f });
    }
    all.push(p);
  });
  const inner = all.slice(1, -1);
  const mid = (inner.length - 1) / 2;
  return inner.map((p, i) => ({ p, d: Math.abs(i - mid) })).sort((a, b) => a.d - b.d).map((x) => x.p);
}
