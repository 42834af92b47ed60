import { useTranslation } from 'react-i18next';
import { EmotionFace } from '../../components/EmotionFace';
import type { Step } from '../../model/types';
import { useWorkspace } from '../../store/workspace';

/** The steps of the picked touchpoint cell; clicking one opens it in the journey map. */
export function TouchpointSteps({
  picked,
  steps,
  onClose,
}: {
  picked: { stageId: string; channelId: string } | null;
  steps: Step[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const doc = useWorkspace((s) => s.workspace?.document);
  const showStep = useWorkspace((s) => s.showStep);
  if (!doc) return null;
  if (!picked)
    return (
      <aside className="side-panel side-panel-quiet" aria-label={t('touchpoints.stepsTitle')}>
        <p className="muted panel-empty">{t('touchpoints.pickHint')}</p>
        <HeatLegend />
      </aside>
    );
  const stage = doc.stages.find((s) => s.id === picked.stageId);
  const channel = doc.channels.find((c) => c.id === picked.channelId);
  return (
    <aside className="side-panel" data-testid="touchpoint-steps" aria-label={t('touchpoints.stepsTitle')}>
      <div className="panel-head">
        <h2>
          {stage?.name} · {channel?.name}
        </h2>
        <button
          type="button"
          className="btn btn-ghost btn-icon"
          aria-label={t('common.close')}
          title={t('common.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <ul className="tp-step-list panel-body">
        {steps.map((step) => {
          const journey = doc.journeys.find((j) => j.id === step.journeyId);
          return (
            <li key={step.id}>
              <button type="button" className="tp-step" data-testid="touchpoint-step" onClick={() => showStep(step.id)}>
                <EmotionFace value={step.emotion} />
                <span className="tp-step-text">
                  <span className="tp-step-title">{step.title}</span>
                  <span className="small muted">{journey?.name}</span>
                  {step.painPoints.length > 0 && (
                    <span className="pain small">⚠ {t('step.painCount', { count: step.painPoints.length })}</span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}

function HeatLegend() {
  const { t } = useTranslation();
  return (
    <div className="heat-legend">
      <span className="small muted">{t('touchpoints.fewer')}</span>
      <span className="heat-ramp" aria-hidden="true" />
      <span className="small muted">{t('touchpoints.more')}</span>
    </div>
  );
}
