// The activation-flow vocabulary of the Flow tab, in one place: the generated types under
// the names the editor uses.
import type { Dist, Edge, Node } from '../bindings';

export type {
  Activation,
  Actor,
  Bounds,
  Contacts,
  Dist,
  DistShape,
  Flow,
  FlowProblem,
  FlowView,
  HistogramBin,
  OpenInterval,
  ResourcePool,
  Rework,
  Scenario,
  ServiceDesign,
  Task,
  Wait,
  WeeklyCalendar,
} from '../bindings';
export type FlowNode = Node;
export type FlowEdge = Edge;
export type NodeKind = Node['kind'];
export type DistKind = Dist['kind'];
