// The edit labels of the Flow tab (merged into EDIT_LABELS; translated under `edits.`).
export const FLOW_EDIT_LABELS = {
  addFlowTask: 'Add task',
  addFlowWait: 'Add wait',
  addFlowGateway: 'Add exclusive gateway',
  connectFlow: 'Connect flow steps',
  deleteFlowNode: 'Delete flow step',
  deleteFlowEdge: 'Delete flow connection',
  editFlowNode: 'Edit flow step',
  editFlowEdge: 'Edit branch probability',
  duplicateScenario: 'Duplicate scenario',
  renameScenario: 'Rename scenario',
  deleteScenario: 'Delete scenario',
  toggleFlowService: 'Include/exclude service',
  editResourcePool: 'Edit resource pool',
  editArrivals: 'Edit arrivals',
  editFlowSegment: 'Edit segment behaviour',
} as const;
