import {
  Background,
  Controls,
  MarkerType,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../../bindings';
import type { SiloLanes } from '../../model/flowLanes';
import type { Flow, FlowProblem } from '../../model/flowTypes';
import { heatColour } from '../../model/simulation';
import { useFlowEditor } from '../../store/flowEditor';
import { useWorkspace } from '../../store/workspace';
import { NODE_TYPES, type StepData } from './FlowNodes';
import type { FlowLayout as ExportedLayout } from '../../bindings';
import { layoutFlow, nodeSize, type FlowLayout } from './layout';

type Point = { x: number; y: number };

/** The structure the layout depends on: nodes and edges, not names or parameters. */
const structureKey = (flow: Flow) =>
  `${flow.nodes.map((n) => `${n.id}:${'silo' in n ? n.silo : ''}`).join(',')}|${flow.edges.map((e) => `${e.from}>${e.to}`).join(',')}`;

interface CanvasProps {
  flow: Flow;
  problems: Map<string, FlowProblem[]>;
  friction: Map<string, FrictionItem>;
  /** Lanes by silo id, labelled by silo name (null: by the silo the flow names). */
  lanes?: SiloLanes | null;
  onConnect(from: string, to: string): void;
  /** Told where every node and lane is drawn, so exports match the screen. */
  onLayout?(layout: ExportedLayout): void;
}

function Canvas({ flow, problems, friction, lanes = null, onConnect, onLayout }: CanvasProps) {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const selection = useFlowEditor((s) => s.selection);
  const select = useFlowEditor((s) => s.select);
  const focus = useFlowEditor((s) => s.focus);
  // The minimap and controls follow the app's theme.
  const colorMode = useWorkspace((s) => s.theme);
  const key = `${structureKey(flow)}|${[...(lanes?.siloOfNode ?? [])].map(([n, s]) => `${n}:${s}`).join(',')}`;
  const laneName = useCallback((lane: string) => lanes?.names.get(lane) ?? lane, [lanes]);
  const [layout, setLayout] = useState<{ key: string; layout: FlowLayout } | null>(null);
  // Dragged positions stay until the structure changes or Auto-layout is pressed.
  const [moved, setMoved] = useState<{ key: string; at: Map<string, Point> }>({ key, at: new Map() });
  const dragged = useMemo(() => (moved.key === key ? moved.at : new Map<string, Point>()), [moved, key]);

  useEffect(() => {
    if (layout?.key === key) return;
    let live = true;
    void layoutFlow(flow, lanes).then((next) => {
      if (live) setLayout({ key, layout: next });
    });
    return () => {
      live = false;
    };
  }, [flow, lanes, key, layout?.key]);

  useEffect(() => {
    // Not below a readable zoom: a wide flow opens centred and is panned, not shrunk to dots.
    if (layout) void rf.fitView({ padding: 0.05, duration: 200, minZoom: 0.6 });
  }, [layout, rf]);

  useEffect(() => {
    if (!focus) return;
    const node = flow.nodes.find((n) => n.id === focus.id);
    const at = dragged.get(focus.id) ?? layout?.layout.positions.get(focus.id);
    if (!node || !at) return;
    const size = nodeSize(node);
    void rf.setCenter(at.x + size.width / 2, at.y + size.height / 2, { zoom: 1.1, duration: 300 });
    // Centre once per request, not again when the layout changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus]);

  const nodes = useMemo((): Node[] => {
    if (!layout) return [];
    const { bands, width } = layout.layout;
    const lanes: Node[] = bands.map((band) => ({
      id: `lane:${band.lane}`,
      type: 'lane',
      position: { x: -32, y: band.y },
      data: { label: laneName(band.lane) || t('flow.flowLane'), width: width + 64, height: band.height },
      width: width + 64,
      height: band.height,
      selectable: false,
      draggable: false,
      connectable: false,
      focusable: false,
      deletable: false,
      zIndex: -1,
    }));
    const steps: Node[] = flow.nodes.map((node) => {
      const data: StepData = { node, friction: friction.get(node.id) ?? null, problems: problems.get(node.id) ?? [] };
      return {
        id: node.id,
        type: 'step',
        position: dragged.get(node.id) ?? layout.layout.positions.get(node.id) ?? { x: 0, y: 0 },
        data,
        ...nodeSize(node),
        selected: selection?.kind === 'node' && selection.id === node.id,
        deletable: false,
        ariaLabel: node.name,
      };
    });
    return [...lanes, ...steps];
  }, [layout, flow, friction, problems, selection, dragged, t, laneName]);

  useEffect(() => {
    if (!layout || !onLayout) return;
    onLayout({
      boxes: flow.nodes.map((node) => ({
        id: node.id,
        ...(dragged.get(node.id) ?? layout.layout.positions.get(node.id) ?? { x: 0, y: 0 }),
        ...nodeSize(node),
      })),
      lanes: layout.layout.bands.map((b) => ({
        name: laneName(b.lane) || t('flow.flowLane'),
        y: b.y,
        height: b.height,
      })),
    });
  }, [layout, dragged, flow, onLayout, t, laneName]);

  const edges = useMemo(
    (): Edge[] =>
      flow.edges.map((e) => ({
        id: `${e.from}->${e.to}`,
        source: e.from,
        target: e.to,
        type: 'smoothstep',
        label: e.probability != null ? `${Math.round(e.probability * 100)}%` : undefined,
        markerEnd: { type: MarkerType.ArrowClosed },
        selected: selection?.kind === 'edge' && selection.from === e.from && selection.to === e.to,
        deletable: false,
      })),
    [flow, selection],
  );

  const onNodesChange = (changes: NodeChange[]) => {
    const next = new Map(dragged);
    let changed = false;
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        next.set(change.id, change.position);
        changed = true;
      }
      if (change.type === 'select' && change.selected && !change.id.startsWith('lane:'))
        select({ kind: 'node', id: change.id });
    }
    if (changed) setMoved({ key, at: next });
  };

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodesChange={onNodesChange}
      onNodeClick={(_, node) => select(node.type === 'lane' ? null : { kind: 'node', id: node.id })}
      onEdgeClick={(_, edge) => select({ kind: 'edge', from: edge.source, to: edge.target })}
      onPaneClick={() => select(null)}
      onConnect={(c) => {
        if (c.source && c.target) onConnect(c.source, c.target);
      }}
      colorMode={colorMode}
      deleteKeyCode={null}
      minZoom={0.1}
      fitView
      proOptions={{ hideAttribution: true }}
    >
      <Background gap={24} />
      <Controls showInteractive={false} />
      <MiniMap
        pannable
        zoomable
        style={{ width: 160, height: 100 }}
        ariaLabel={t('flow.minimap')}
        nodeColor={(n) => {
          if (n.type === 'lane') return 'transparent';
          const item = (n.data as StepData).friction;
          return item ? heatColour(item.score) : '#9aa4b2';
        }}
      />
      <Panel position="top-right">
        <button
          type="button"
          className="btn"
          data-testid="flow-auto-layout"
          onClick={() => {
            setMoved({ key, at: new Map() });
            void rf.fitView({ padding: 0.1, duration: 200 });
          }}
        >
          {t('flow.autoLayout')}
        </button>
      </Panel>
    </ReactFlow>
  );
}

/** The composed flow as a graph: swimlanes by silo, zoom, pan, minimap, drag, connect. */
export function FlowCanvas(props: CanvasProps) {
  const { t } = useTranslation();
  return (
    <div className="flow-canvas" data-testid="flow-canvas" aria-label={t('flow.canvas')} role="region">
      <ReactFlowProvider>
        <Canvas {...props} />
      </ReactFlowProvider>
    </div>
  );
}
