import { BaseEdge, getSmoothStepPath, useInternalNode, type Edge, type EdgeProps } from '@xyflow/react';
import type { Point, Route } from './layout';

export type RoutedEdgeData = { route: Route | null };
export type RoutedEdgeType = Edge<RoutedEdgeData, 'routed'>;

const samePoint = (a: Point | undefined, b: Point) => !!a && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5;

/** An SVG path through the points, and the middle of its middle segment (for the label). */
export function polyline(points: readonly Point[]): [string, number, number] {
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
  const i = Math.max(0, Math.floor((points.length - 2) / 2));
  const a = points[i] ?? { x: 0, y: 0 };
  const b = points[i + 1] ?? a;
  return [path, (a.x + b.x) / 2, (a.y + b.y) / 2];
}

/**
 * An edge along the orthogonal route ELK gave it, around the boxes; once one of its nodes
 * is no longer where the route was made for (being dragged, or dragged before), a step line.
 */
export function RoutedEdgeView(props: EdgeProps<RoutedEdgeType>) {
  const source = useInternalNode(props.source)?.internals.positionAbsolute;
  const target = useInternalNode(props.target)?.internals.positionAbsolute;
  const route = props.data?.route;
  const fits = route && samePoint(source, route.source) && samePoint(target, route.target);
  const [path, labelX, labelY] = fits
    ? polyline(route.points)
    : getSmoothStepPath({
        sourceX: props.sourceX,
        sourceY: props.sourceY,
        targetX: props.targetX,
        targetY: props.targetY,
        sourcePosition: props.sourcePosition,
        targetPosition: props.targetPosition,
      });
  return (
    <BaseEdge
      id={props.id}
      path={path}
      markerEnd={props.markerEnd}
      style={props.style}
      label={props.label}
      labelX={labelX}
      labelY={labelY}
      labelBgPadding={[3, 1]}
      interactionWidth={props.interactionWidth}
    />
  );
}

export const EDGE_TYPES = { routed: RoutedEdgeView };
