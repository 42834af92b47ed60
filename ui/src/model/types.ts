// The domain types come from the generated bindings; this module adds the UI's own
// vocabulary around them (lane order, view modes) so views import from one place.
export type {
  Activation,
  Applied,
  Bundle,
  Change,
  Channel,
  ChannelKind,
  Entity,
  EntityKind,
  Journey,
  Lane,
  Preferences,
  Scenario,
  Segment,
  Service,
  Silo,
  Stage,
  Step,
  ValueTier,
  WorkspaceDocument,
  WorkspaceView,
} from '../bindings';
import type { ChannelKind, Lane, ValueTier } from '../bindings';

/** Lanes of a journey map, top to bottom: the service-blueprint order. */
export const LANES: readonly Lane[] = ['customerAction', 'frontstage', 'backstage', 'department'];

/** Lanes whose steps the customer sees; the emotion curve is drawn from these. */
export const CUSTOMER_LANES: readonly Lane[] = ['customerAction', 'frontstage'];

export const CHANNEL_KINDS: readonly ChannelKind[] = [
  'faceToFace',
  'phoneInbound',
  'phoneOutbound',
  'digital',
  'other',
];

export const VALUE_TIERS: readonly ValueTier[] = ['low', 'medium', 'high', 'premium'];

export type ViewMode = 'journey' | 'touchpoints' | 'segments' | 'structure' | 'bundles' | 'flow' | 'simulation';
export const VIEW_MODES: readonly ViewMode[] = [
  'journey',
  'touchpoints',
  'segments',
  'structure',
  'bundles',
  'flow',
  'simulation',
];

export const EMOTION_MIN = -3;
export const EMOTION_MAX = 3;
export const EFFORT_MIN = 1;
export const EFFORT_MAX = 5;
