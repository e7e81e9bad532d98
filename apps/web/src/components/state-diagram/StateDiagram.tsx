// The procedure's state diagram, drawn from the definition the API publishes: where the case is now, the way it
// came, and where the steps offered now lead. An image for sighted users, a sentence and a list for screen readers.
import { Segmented, Space, Typography } from 'antd';
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { layoutGraph, placeLabels, type DiagramLayout, type PlacedEdge } from './layout';
import { machineGraph, pathTaken, type MachineGraph, type StateNodeJson } from './machineGraph';

/** One recorded step of the case (the timeline's items, oldest first). */
export interface DiagramPathStep {
  fromState: string | null;
  toState: string;
  label?: string;
  occurredAt?: string;
}

export interface StateDiagramProps {
  definition: StateNodeJson;
  /** Vietnamese names of the states, by path. */
  stateLabels: Record<string, string>;
  /** Vietnamese names of the steps, by type. */
  eventLabels: Record<string, string>;
  currentState: string;
  path?: DiagramPathStep[];
  /** The steps the user may take now: their edges out of the current state are marked. */
  nextEvents?: string[];
}

export const visuallyHidden: CSSProperties = {
  position: 'absolute', width: 1, height: 1, padding: 0, margin: -1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0,
};

const COLOURS = {
  current: { fill: '#1677ff', stroke: '#0958d9', text: '#ffffff' },
  visited: { fill: '#e6f4ff', stroke: '#1677ff', text: '#002c8c' },
  other: { fill: '#ffffff', stroke: '#bfbfbf', text: '#434343' },
  pathEdge: '#1677ff',
  nextEdge: '#389e0d',
  edge: '#bfbfbf',
};

export function StateDiagram(props: StateDiagramProps) {
  const { t } = useTranslation('caseView');
  const uid = useId().replace(/:/g, '');
  // 'focus': actual size, scrolled to the current state; 'fit': the whole diagram scaled to the width.
  const [size, setSize] = useState<'focus' | 'fit'>('focus');
  const scroller = useRef<HTMLDivElement>(null);
  const graph = useMemo(() => machineGraph(props.definition, props.stateLabels, props.eventLabels), [props.definition, props.stateLabels, props.eventLabels]);
  const taken = useMemo(() => pathTaken(props.path ?? []), [props.path]);
  const layout = useMemo(() => layoutGraph(graph, taken.moves), [graph, taken.moves]);

  const labelOf = (state: string) => props.stateLabels[state] || t('diagram.transient');
  const visited = new Set(taken.states);
  const moved = new Set(taken.moves.map((m) => `${m.from}\u0000${m.to}`));
  const next = new Set(props.nextEvents ?? []);
  const nextEdges = new Set(
    graph.edges.filter((e) => e.from === props.currentState && e.events.some((ev) => next.has(ev))).map((e) => `${e.from}\u0000${e.to}`),
  );

  useEffect(() => {
    const box = scroller.current;
    const node = layout.nodes.get(props.currentState);
    if (size !== 'focus' || !box || !node || typeof box.scrollTo !== 'function') return;
    box.scrollTo({ top: Math.max(0, node.y - box.clientHeight / 2), left: Math.max(0, node.x - box.clientWidth / 2) });
  }, [size, layout, props.currentState]);

  const kindOf = (e: PlacedEdge): EdgeKind => {
    const key = `${e.from}\u0000${e.to}`;
    return moved.has(key) ? 'pathEdge' : nextEdges.has(key) ? 'nextEdge' : 'edge';
  };

  const labelled = layout.edges
    .filter((e) => kindOf(e) !== 'edge')
    .map((e) => ({ edge: e, text: shorten(edgeText(e, graph)) }))
    .filter((x) => x.text);
  const labelPlaces = placeLabels(layout, labelled.map((x) => ({ key: `${x.edge.from}->${x.edge.to}`, points: x.edge.points, width: labelWidth(x.text), height: 18 })));

  const pathLabels = taken.states.map(labelOf);
  const summary = t('diagram.summary', {
    current: labelOf(props.currentState),
    total: graph.nodes.filter((n) => !n.transient).length,
    path: pathLabels.length ? pathLabels.join(' → ') : t('diagram.noPath'),
  });

  return (
    <div>
      <Space style={{ marginBottom: 8, flexWrap: 'wrap' }}>
        <Legend />
        <Segmented
          size="small"
          aria-label={t('diagram.sizeLabel')}
          value={size}
          onChange={(v) => setSize(v as 'focus' | 'fit')}
          options={[{ value: 'focus', label: t('diagram.focus') }, { value: 'fit', label: t('diagram.fit') }]}
        />
      </Space>
      {/* Focusable, so the drawing can be scrolled with the keyboard. */}
      <div ref={scroller} tabIndex={0} role="region" aria-label={t('diagram.scrollLabel')}
        style={{ overflow: 'auto', maxHeight: size === 'focus' ? 520 : undefined, border: '1px solid #f0f0f0', borderRadius: 6 }}>
        <svg
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width={size === 'focus' ? layout.width : '100%'}
          height={size === 'focus' ? layout.height : undefined}
          style={{ display: 'block', maxWidth: size === 'fit' ? layout.width : undefined, margin: '0 auto', fontFamily: 'inherit' }}
        >
          <defs>
            {(['edge', 'pathEdge', 'nextEdge'] as const).map((k) => (
              <marker key={k} id={`${uid}-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill={COLOURS[k]} />
              </marker>
            ))}
          </defs>
          <Groups layout={layout} />
          {layout.edges.map((e) => (
            <Edge key={`${e.from}->${e.to}`} edge={e} graph={graph} kind={kindOf(e)} marker={`url(#${uid}-${kindOf(e)})`} />
          ))}
          {[...layout.nodes.values()].map((n) => {
            const node = graph.nodes.find((x) => x.id === n.id)!;
            const state = n.id === props.currentState ? 'current' : visited.has(n.id) ? 'visited' : 'other';
            const c = COLOURS[state];
            const note = state === 'current' ? ` (${t('diagram.current')})` : state === 'visited' ? ` (${t('diagram.visited')})` : '';
            if (node.transient) {
              const points = [[n.x, n.y - n.height / 2], [n.x + n.width / 2, n.y], [n.x, n.y + n.height / 2], [n.x - n.width / 2, n.y]];
              return (
                <g key={n.id} data-state={n.id} data-status={state} data-transient="true">
                  <title>{t('diagram.transientHint')}</title>
                  <polygon points={points.map((p) => p.join(',')).join(' ')} fill="#fafafa" stroke="#8c8c8c" strokeDasharray="3 3" />
                  <text x={n.x} y={n.y} dominantBaseline="central" textAnchor="middle" fontSize={10} fill="#595959">{t('diagram.transient')}</text>
                </g>
              );
            }
            return (
              <g key={n.id} data-state={n.id} data-status={state}>
                <title>{`${node.label}${note}`}</title>
                <rect x={n.x - n.width / 2} y={n.y - n.height / 2} width={n.width} height={n.height} rx={8}
                  fill={c.fill} stroke={c.stroke} strokeWidth={state === 'current' ? 3 : 1.5} />
                {node.final && (
                  <rect x={n.x - n.width / 2 + 3} y={n.y - n.height / 2 + 3} width={n.width - 6} height={n.height - 6} rx={6} fill="none" stroke={c.stroke} strokeWidth={1} />
                )}
                {n.lines.map((line, i) => (
                  <text key={i} x={n.x} y={n.y - ((n.lines.length - 1) * 15) / 2 + i * 15} dominantBaseline="central" textAnchor="middle"
                    fontSize={12} fontWeight={state === 'current' ? 600 : 400} fill={c.text}>
                    {line}
                  </text>
                ))}
              </g>
            );
          })}
          {labelled.map(({ edge, text }) => {
            const key = `${edge.from}->${edge.to}`;
            const at = labelPlaces.get(key);
            return at ? <EdgeLabel key={key} id={key} at={at} text={text} full={edgeText(edge, graph)} kind={kindOf(edge)} /> : null;
          })}
        </svg>
      </div>
      {graph.fromAnyState.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0, fontSize: 13 }}>
          {t('diagram.fromAnyState')}{' '}
          {graph.fromAnyState.map((a) => `${a.label} → ${labelOf(a.to)}`).join('; ')}
        </Typography.Paragraph>
      )}
      <div style={visuallyHidden}>
        <p>{t('diagram.pathHeading')}</p>
        <ol>
          {(props.path ?? []).map((s, i) => (
            <li key={i}>
              {[s.occurredAt ? formatDate(s.occurredAt) : '', s.label, `→ ${labelOf(s.toState)}`].filter(Boolean).join(' ')}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}

function Groups({ layout }: { layout: DiagramLayout }) {
  return (
    <>
      {layout.groups.map((g) => (
        <g key={g.id} data-group={g.id}>
          <rect x={g.x - g.width / 2} y={g.y - g.height / 2} width={g.width} height={g.height} rx={10}
            fill="#fafafa" stroke="#d9d9d9" strokeDasharray="5 4" />
          {g.label && (
            <text x={g.x - g.width / 2 + 10} y={g.y - g.height / 2 + 13} fontSize={12} fontWeight={600} fill="#595959">{g.label}</text>
          )}
        </g>
      ))}
    </>
  );
}

type EdgeKind = 'edge' | 'pathEdge' | 'nextEdge';

const edgeText = (edge: PlacedEdge, graph: MachineGraph) =>
  (graph.edges.find((e) => e.from === edge.from && e.to === edge.to)?.labels ?? []).join('; ');

function Edge({ edge, graph, kind, marker }: { edge: PlacedEdge; graph: MachineGraph; kind: EdgeKind; marker: string }) {
  const d = edge.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  const text = edgeText(edge, graph);
  return (
    <g data-edge={`${edge.from}->${edge.to}`} data-kind={kind}>
      {text && <title>{text}</title>}
      <path d={d} fill="none" stroke={COLOURS[kind]} strokeWidth={kind === 'edge' ? 1.2 : 2.5}
        strokeDasharray={kind === 'nextEdge' ? '6 4' : undefined} markerEnd={marker} />
    </g>
  );
}

const LABEL_MAX = 30;
const shorten = (text: string) => (text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text);
const labelWidth = (text: string) => text.length * 6.2 + 8;

/** The names of the steps along a move made or a step on offer, drawn above the states so nothing hides them. */
function EdgeLabel({ id, at, text, full, kind }: { id: string; at: { x: number; y: number }; text: string; full: string; kind: EdgeKind }) {
  const width = labelWidth(text);
  return (
    <g data-edge-label={id}>
      <title>{full}</title>
      <rect x={at.x - width / 2} y={at.y - 9} width={width} height={18} rx={4} fill="#ffffff" opacity={0.92} />
      <text x={at.x} y={at.y} textAnchor="middle" dominantBaseline="central" fontSize={11} fill={COLOURS[kind]}>{text}</text>
    </g>
  );
}

function Legend() {
  const { t } = useTranslation('caseView');
  const swatch = (fill: string, stroke: string, dashed = false): CSSProperties => ({
    display: 'inline-block', width: 14, height: 10, background: fill, border: `2px ${dashed ? 'dashed' : 'solid'} ${stroke}`, borderRadius: 3, marginRight: 4, verticalAlign: 'middle',
  });
  return (
    <Space size={12} wrap style={{ fontSize: 12 }} aria-hidden>
      <span><span style={swatch(COLOURS.current.fill, COLOURS.current.stroke)} />{t('diagram.current')}</span>
      <span><span style={swatch(COLOURS.visited.fill, COLOURS.visited.stroke)} />{t('diagram.visited')}</span>
      <span><span style={swatch('#ffffff', COLOURS.nextEdge, true)} />{t('diagram.next')}</span>
    </Space>
  );
}
