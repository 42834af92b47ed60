import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { moveStep } from '../../model/changes';
import { EDIT_LABELS } from '../../model/labels';
import type { Lane, Stage, Step } from '../../model/types';
import { useWorkspace } from '../../store/workspace';
import { STEP_DRAG_TYPE, StepCard } from './StepCard';

/** One stage × lane cell: its step cards, a "+" to add one, and a drop target for moves. */
export function JourneyCell({ stage, lane, steps }: { stage: Stage; lane: Lane; steps: Step[] }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const openPanel = useWorkspace((s) => s.openPanel);

  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(STEP_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(true);
  };
  const onDrop = (event: DragEvent) => {
    setOver(false);
    const stepId = event.dataTransfer.getData(STEP_DRAG_TYPE);
    if (!stepId) return;
    event.preventDefault();
    const { workspace, edit } = useWorkspace.getState();
    const step = workspace?.document.steps.find((s) => s.id === stepId);
    if (!workspace || !step) return;
    void edit(EDIT_LABELS.moveStep, moveStep(workspace.document, step, stage.id, lane));
  };

  return (
    <div
      className={`cell lane-${lane}${over ? ' drop-over' : ''}`}
      role="cell"
      data-testid={`cell-${stage.id}-${lane}`}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      {steps.map((step) => (
        <StepCard key={step.id} step={step} />
      ))}
      <button
        type="button"
        className="add-step"
        data-testid={`add-step-${stage.id}-${lane}`}
        aria-label={t('journey.addStepIn', { stage: stage.name, lane: t(`lanes.${lane}.name`) })}
        title={t('journey.addStepIn', { stage: stage.name, lane: t(`lanes.${lane}.name`) })}
        onClick={() => openPanel({ kind: 'newStep', stageId: stage.id, lane })}
      >
        +
      </button>
    </div>
  );
}
