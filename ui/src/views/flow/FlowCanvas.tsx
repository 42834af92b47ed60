import {
  Background,
  MarkerType,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type Node,
  type NodeChange,
  type ReactFlowState,
} from '@xyflow/react';
import { type ComponentProps, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FrictionItem } from '../../bindings';
import type { SiloLanes } from '../../model/flowLanes';
import type { Flow, FlowProblem } from '../../model/flowTypes';
import { heatColour } from '../../model/simulation';
import { useFlowEditor } from '../../store/flowEditor';
import { useWorkspace } from '../../store/workspace';
import { EdgeLinks } from './EdgeLinks';
import { NODE_TYPES, type StepData } from './FlowNodes';
import type { FlowLayout as ExportedLayout } from '../../bindings';
import { LaneHeaders } from './LaneHeaders';
import { edgeKey, layoutFlow, nodeSize, type FlowLayout, type Point } from './layout';
import { Icon } from './icons';
import { EDGE_TYPES, type RoutedEdgeType } from './RoutedEdge';
import { homeViewport, READABLE_ZOOM } from './viewport';

/** The structure the layout depends on: nodes and edges, not names or parameters. */
const structureKey = (flow: Flow) =>
  `${flow.nodes.map((n) => `${n.id}:${'silo' in n ? n.silo : ''}`).join(',')}|${flow.edges.map((e) => `${e.from}>${e.to}`).join(',')}`;

const placesKey = (stored: ReadonlyMap<string, Point>) =>
  [...stored].map(([id, at]) => `${id}@${at.x},${at.y}`).join(',');

interface CanvasProps {
  flow: Flow;
  problems: Map<string, FlowProblem[]>;
  friction: Map<string, FrictionItem>;
  /** Lanes by silo id, labelled by silo name (null: by the silo the flow names). */
  lanes?: SiloLanes | null;
  /** Where the user dragged nodes (the scenario's stored layout). */
  stored?: ReadonlyMap<string, Point>;
  onConnect(from: string, to: string): void;
  /** A drag ended: the nodes moved and where they are now (one edit). */
  onMove?(moves: Map<string, Point>): void;
  /** Auto-layout: forget the dragged positions (one edit). */
  onForgetPlaces?(): void;
  /** Told where every node and lane is drawn, so exports match the screen. */
  onLayout?(layout: ExportedLayout): void;
}

const NO_PLACES: ReadonlyMap<string, Point> = new Map();

const widthOf = (s: ReactFlowState) => s.width;
const heightOf = (s: ReactFlowState) => s.height;

/** "Fit view" never shrinks the flow below readable: a wide flow is panned, not shrunk to dots. */
const FIT_VIEW = { padding: 0.05, minZoom: READABLE_ZOOM, duration: 200 };

function Canvas({
  flow,
  problems,
  friction,
  lanes = null,
  stored = NO_PLACES,
  onConnect,
  onMove,
  onForgetPlaces,
  onLayout,
}: CanvasProps) {
  const { t } = useTranslation();
  const rf = useReactFlow();
  const selection = useFlowEditor((s) => s.selection);
  const select = useFlowEditor((s) => s.select);
  const focus = useFlowEditor((s) => s.focus);
  const minimap = useFlowEditor((s) => s.minimap);
  const toggleMinimap = useFlowEditor((s) => s.toggleMinimap);
  // The minimap and controls follow the app's theme.
  const colorMode = useWorkspace((s) => s.theme);
  const key = `${structureKey(flow)}|${[...(lanes?.siloOfNode ?? [])].map(([n, s]) => `${n}:${s}`).join(',')}|${placesKey(stored)}`;
  const laneName = useCallback((lane: string) => lanes?.names.get(lane) || lane || t('flow.flowLane'), [lanes, t]);
  const [layout, setLayout] = useState<{ key: string; layout: FlowLayout } | null>(null);
  // Where nodes are while dragged, until the layout with their stored places arrives.
  const [moving, setMoving] = useState<{ key: string; at: Map<string, Point> }>({ key, at: new Map() });
  const live = useMemo(() => (moving.key === layout?.key ? moving.at : new Map<string, Point>()), [moving, layout]);
  const placeOf = useCallback(
    (id: string) => live.get(id) ?? layout?.layout.positions.get(id) ?? { x: 0, y: 0 },
    [live, layout],
  );

  useEffect(() => {
    if (layout?.key === key) return;
    let live = true;
    void layoutFlow(flow, lanes, stored).then((next) => {
      if (live) setLayout({ key, layout: next });
    });
    return () => {
      live = false;
    };
  }, [flow, lanes, stored, key, layout?.key]);

  // The flow opens on its start and as many lanes as the canvas holds, readable; after that
  // the view stays where the user leaves it (an edit lays the flow out again but does not
  // move the view).
  const opened = useRef(false);
  const canvasWidth = useStore(widthOf);
  const canvasHeight = useStore(heightOf);
  useEffect(() => {
    if (!layout || opened.current || !canvasHeight) return;
    opened.current = true;
    const { positions, bands, width } = layout.layout;
    void rf.setViewport(homeViewport(positions, bands, width, { width: canvasWidth, height: canvasHeight }));
  }, [layout, rf, canvasWidth, canvasHeight]);

  useEffect(() => {
    if (!focus) return;
    const node = flow.nodes.find((n) => n.id === focus.id);
    if (!node || !layout) return;
    const at = placeOf(focus.id);
    const size = nodeSize(node);
    const zoom = Math.max(rf.getZoom(), READABLE_ZOOM);
    void rf.setCenter(at.x + size.width / 2, at.y + size.height / 2, { zoom, duration: 300 });
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
      data: { label: laneName(band.lane), width: width + 64, height: band.height },
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
        position: placeOf(node.id),
        data,
        ...nodeSize(node),
        selected: selection?.kind === 'node' && selection.id === node.id,
        deletable: false,
        ariaLabel: node.name,
      };
    });
    return [...lanes, ...steps];
  }, [layout, flow, friction, problems, selection, placeOf, laneName]);

  useEffect(() => {
    if (!layout || !onLayout) return;
    onLayout({
      boxes: flow.nodes.map((node) => ({ id: node.id, ...placeOf(node.id), ...nodeSize(node) })),
      lanes: layout.layout.bands.map((b) => ({ name: laneName(b.lane), y: b.y, height: b.height })),
    });
  }, [layout, placeOf, flow, onLayout, laneName]);

  const nameOf = useCallback((id: string) => flow.nodes.find((n) => n.id === id)?.name ?? id, [flow]);
  const edges = useMemo(
    (): RoutedEdgeType[] =>
      flow.edges.map((e) => ({
        id: edgeKey(e.from, e.to),
        source: e.from,
        target: e.to,
        type: 'routed',
        data: { route: layout?.layout.routes.get(edgeKey(e.from, e.to)) ?? null },
        label: e.probability != null ? `${Math.round(e.probability * 100)}%` : undefined,
        markerEnd: { type: MarkerType.ArrowClosed },
        selected: selection?.kind === 'edge' && selection.from === e.from && selection.to === e.to,
        deletable: false,
        // Reached from the keyboard through the connection links after the nodes instead.
        focusable: false,
        ariaLabel: t('flow.edgeLabel', { from: nameOf(e.from), to: nameOf(e.to) }),
      })),
    [flow, selection, layout, t, nameOf],
  );

  const onNodesChange = (changes: NodeChange[]) => {
    const next = new Map(live);
    let changed = false;
    for (const change of changes) {
      if (change.type === 'position' && change.position) {
        next.set(change.id, change.position);
        changed = true;
      }
      if (change.type === 'select' && change.selected && !change.id.startsWith('lane:'))
        select({ kind: 'node', id: change.id });
    }
    if (changed && layout) setMoving({ key: layout.key, at: next });
  };

  return (
    <>
      {/* The canvas's controls in a bar of their own above the graph, so none ever covers a
          step, a lane name or the minimap, wherever the user pans. */}
      <div className="flow-canvas-bar" role="toolbar" aria-label={t('flow.canvasControls')}>
        <BarButton
          testId="flow-zoom-out"
          icon="zoomOut"
          label={t('flow.zoomOut')}
          onClick={() => void rf.zoomOut({ duration: 200 })}
        />
        <BarButton
          testId="flow-zoom-in"
          icon="zoomIn"
          label={t('flow.zoomIn')}
          onClick={() => void rf.zoomIn({ duration: 200 })}
        />
        <BarButton
          testId="flow-fit-view"
          icon="fit"
          label={t('flow.fitView')}
          onClick={() => void rf.fitView(FIT_VIEW)}
        />
        <BarButton
          testId="flow-minimap-toggle"
          icon="minimap"
          label={t('flow.minimap')}
          title={t(minimap ? 'flow.hideMinimap' : 'flow.showMinimap')}
          pressed={minimap}
          onClick={toggleMinimap}
        />
        <span className="muted small flow-canvas-hint">{t('flow.canvasHint')}</span>
        <button
          type="button"
          className="btn"
          data-testid="flow-auto-layout"
          title={t('flow.autoLayoutHint')}
          disabled={stored.size === 0}
          onClick={() => onForgetPlaces?.()}
        >
          {t('flow.autoLayout')}
        </button>
      </div>
      <div className="flow-pane">
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange}
          onNodeDragStop={(_, __, dragged) => {
            const moves = new Map(dragged.filter((n) => n.type === 'step').map((n) => [n.id, n.position]));
            if (moves.size) onMove?.(moves);
          }}
          onNodeClick={(_, node) => select(node.type === 'lane' ? null : { kind: 'node', id: node.id })}
          onEdgeClick={(_, edge) => select({ kind: 'edge', from: edge.source, to: edge.target })}
          onPaneClick={() => select(null)}
          onConnect={(c) => {
            if (c.source && c.target) onConnect(c.source, c.target);
          }}
          colorMode={colorMode}
          deleteKeyCode={null}
          minZoom={0.1}
          proOptions={{ hideAttribution: true }}
        >
          <Background gap={24} />
          {minimap && (
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
          )}
          {layout && <LaneHeaders bands={layout.layout.bands} nameOf={laneName} />}
        </ReactFlow>
        <EdgeLinks edges={flow.edges} nameOf={nameOf} />
      </div>
    </>
  );
}

/** An icon button of the canvas bar; `pressed` makes it a toggle. */
function BarButton({
  testId,
  icon,
  label,
  title = label,
  pressed,
  onClick,
}: {
  testId: string;
  icon: ComponentProps<typeof Icon>['name'];
  label: string;
  title?: string;
  pressed?: boolean;
  onClick: () => void;
}) {
  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon"
      data-testid={testId}
      title={title}
      aria-label={label}
      aria-pressed={pressed}
      onClick={onClick}
    >
      <Icon name={icon} size={14} />
    </button>
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
