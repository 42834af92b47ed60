import { useEffect, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { EmotionFace } from '../../components/EmotionFace';
import { heatColour, heatLevel } from '../../model/simulation';
import { linkOfStep, taskLabel } from '../../model/taskLinks';
import { EFFORT_MAX, type Silo, type Step } from '../../model/types';
import { shownFriction } from '../../store/friction';
import { useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';

export const STEP_DRAG_TYPE = 'application/x-touchmap-step';

export function StepCard({ step }: { step: Step }) {
  const { t } = useTranslation();
  const channel = useWorkspace((s) => s.workspace?.document.channels.find((c) => c.id === step.channelId));
  const selected = useWorkspace((s) => s.panel.kind === 'editStep' && s.panel.stepId === step.id);
  const highlighted = useWorkspace((s) => s.highlightStepId === step.id);
  const openPanel = useWorkspace((s) => s.openPanel);
  // After a run, the friction of the flow task this step is linked to (this segment's ranking).
  const segmentId = useWorkspace((s) => s.segmentId);
  const friction = useSimulation((s) => {
    if (!step.flowTask || !s.result) return undefined;
    // The ranking as shown (re-ranked under the user's weights, if set).
    return shownFriction(s, segmentId).find((f) => f.nodeId === step.flowTask);
  });
  const ref = useRef<HTMLDivElement>(null);
  const open = () => openPanel({ kind: 'editStep', stepId: step.id });
  useEffect(() => {
    // A step opened from the touchpoint map is brought into view.
    if (highlighted) ref.current?.scrollIntoView?.({ block: 'nearest', inline: 'center' });
  }, [highlighted]);

  // The card is a draggable box (buttons are not reliably draggable in every web view);
  // its title is the button that opens the editor, so the keyboard reaches every card.
  return (
    <div
      ref={ref}
      className={`step-card${selected ? ' selected' : ''}${highlighted ? ' highlighted' : ''}${step.painPoints.length ? ' has-pain' : ''}${friction ? ` friction-heat heat-${heatLevel(friction.score)}` : ''}`}
      style={friction ? ({ '--heat': heatColour(friction.score) } as CSSProperties) : undefined}
      data-testid="step-card"
      data-step-id={step.id}
      data-friction={friction ? Math.round(friction.score) : undefined}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(STEP_DRAG_TYPE, step.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
      onClick={open}
    >
      <span className="step-top">
        <button
          type="button"
          className="step-title"
          title={t('step.open', { title: step.title })}
          onClick={(e) => {
            e.stopPropagation();
            open();
          }}
        >
          {step.title}
        </button>
        {friction && (
          <span
            className="friction-badge"
            title={t('simulation.stepFriction', { rank: friction.rank, score: Math.round(friction.score) })}
          >
            {Math.round(friction.score)}
          </span>
        )}
        <EmotionFace value={step.emotion} />
      </span>
      <span className="step-meta">
        {channel && <span className="chip">{channel.name}</span>}
        <span
          className="effort"
          title={t('step.effortValue', { value: step.effort })}
          aria-label={t('step.effortValue', { value: step.effort })}
        >
          {Array.from({ length: EFFORT_MAX }, (_, i) => (
            <span key={i} className={i < step.effort ? 'effort-dot on' : 'effort-dot'} />
          ))}
        </span>
      </span>
      <TaskLink step={step} />
      {step.painPoints.length > 0 && (
        <span className="pain-list" role="list" aria-label={t('step.painPoints')}>
          {step.painPoints.map((p, i) => (
            <span key={i} className="pain" role="listitem">
              <span aria-hidden="true">⚠ </span>
              {p}
            </span>
          ))}
        </span>
      )}
      {step.opportunities.length > 0 && (
        <span className="opportunity-list" role="list" aria-label={t('step.opportunities')}>
          {step.opportunities.map((o, i) => (
            <span key={i} className="opportunity" role="listitem">
              <span aria-hidden="true">↗ </span>
              {o}
            </span>
          ))}
        </span>
      )}
    </div>
  );
}

const NO_SILOS: readonly Silo[] = [];

/**
 * The activation-flow task the step is linked to, as a chip: its name and silo. A link to a
 * task no scenario has any more is shown as broken rather than hidden.
 */
function TaskLink({ step }: { step: Step }) {
  const { t } = useTranslation();
  const scenarios = useWorkspace((s) => s.workspace?.document.scenarios);
  const silos = useWorkspace((s) => s.workspace?.document.silos ?? NO_SILOS);
  if (!scenarios) return null;
  const link = linkOfStep(scenarios, step);
  if (link.kind === 'none') return null;
  if (link.kind === 'missing') {
    return (
      <span
        className="task-link broken"
        data-testid="step-task-link"
        data-state="missing"
        title={t('step.linkedTaskMissingTitle', { id: link.taskId })}
      >
        <span aria-hidden="true">⚠ </span>
        {t('step.linkedTaskMissing')}
      </span>
    );
  }
  const silo = silos.find((x) => x.id === link.task.siloId);
  const described = t('step.linkedTaskChip', { task: taskLabel(link.task, silos) });
  return (
    <span className="task-link" data-testid="step-task-link" data-state="linked" title={described}>
      <span className="visually-hidden">{described}</span>
      <span aria-hidden="true">
        ⚙ <span className="task-link-name">{link.task.name}</span>
        {silo && <span className="task-link-silo"> · {silo.name}</span>}
      </span>
    </span>
  );
}
