// Edit labels are stored with the undo history on the Rust side, so they are sent in one
// stable language (English) and translated when shown (`edits.<key>` in the catalogs).
// Labels the UI does not know (e.g. written by the CLI) are shown as they are.
import { FLOW_EDIT_LABELS } from './flowLabels';

export const EDIT_LABELS = {
  addStep: 'Add step',
  editStep: 'Edit step',
  moveStep: 'Move step',
  deleteStep: 'Delete step',
  addStage: 'Add stage',
  renameStage: 'Rename stage',
  reorderStages: 'Reorder stages',
  deleteStage: 'Delete stage',
  addChannel: 'Add channel',
  editChannel: 'Edit channel',
  reorderChannels: 'Reorder channels',
  deleteChannel: 'Delete channel',
  addSegment: 'Add segment',
  editSegment: 'Edit segment',
  deleteSegment: 'Delete segment',
  addJourney: 'Add journey',
  renameJourney: 'Rename journey',
  deleteJourney: 'Delete journey',
  addBundle: 'Add bundle',
  editBundle: 'Edit bundle',
  deleteBundle: 'Delete bundle',
  addService: 'Add service',
  editService: 'Edit service',
  reorderServices: 'Reorder services',
  deleteService: 'Delete service',
  addSilo: 'Add silo',
  editSilo: 'Edit silo',
  deleteSilo: 'Delete silo',
  deleteRun: 'Delete run',
  keepTrial: 'Keep what-if as scenario',
  keepImprovement: 'Keep improvement as scenario',
  ...FLOW_EDIT_LABELS,
} as const;

export type EditLabelKey = keyof typeof EDIT_LABELS;

const byText = new Map<string, EditLabelKey>(
  (Object.entries(EDIT_LABELS) as [EditLabelKey, string][]).map(([key, text]) => [text, key]),
);

/** The catalog key of a stored label, or null when it is not one of ours. */
export function editLabelKey(label: string): EditLabelKey | null {
  return byText.get(label) ?? null;
}
