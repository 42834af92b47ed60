import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { buildSlides, slideDelta, stepSlide } from '../../model/slides';
import { shownFriction } from '../../store/friction';
import { usePresentation } from '../../store/presentation';
import { useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import '../../styles/presentation.css';
import { ComparisonSlide, FrictionSlide, StageSlide, TitleSlide } from './Slides';

/**
 * The app as a slide deck for a client meeting: full screen, nothing editable, stepped with
 * ←/→, PageUp/PageDown and Space; Escape leaves.
 */
export function Presentation() {
  const { t } = useTranslation();
  const workspace = useWorkspace((s) => s.workspace);
  const segmentId = useWorkspace((s) => s.segmentId);
  const journeyId = useWorkspace((s) => s.journeyId);
  const result = useSimulation((s) => s.result);
  const ranked = useSimulation((s) => s.ranked);
  const comparison = useSimulation((s) => s.comparison);
  const { index, go, stop } = usePresentation();
  const doc = workspace?.document;
  const slides = doc ? buildSlides(doc, journeyId, { result: !!result, comparison: !!comparison }) : [];
  const count = slides.length;
  const at = stepSlide(index, 0, count);

  useEffect(() => {
    // Capture phase, and nothing passes on: while presenting no shortcut may edit (undo…).
    const onKey = (event: KeyboardEvent) => {
      event.stopPropagation();
      if (event.key === 'Escape') {
        event.preventDefault();
        stop();
        return;
      }
      const delta = slideDelta(event.key);
      if (delta === null) return;
      event.preventDefault();
      go(stepSlide(usePresentation.getState().index, delta, count));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [count, go, stop]);

  useEffect(() => {
    // Leaving full screen by the browser's own Escape (the page never sees the key) ends too.
    const onChange = () => {
      if (!document.fullscreenElement) stop();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [stop]);

  if (!doc) return null;
  const slide = slides[at];
  const segment = doc.segments.find((s) => s.id === segmentId);
  const journey = doc.journeys.find((j) => j.id === journeyId);
  const friction = shownFriction({ result, ranked }, segmentId);
  const stage = slide?.kind === 'stage' ? doc.stages.find((s) => s.id === slide.stageId) : undefined;

  return (
    <div
      className="presentation"
      data-testid="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('presentation.label')}
    >
      <section className="slide" data-testid="presentation-slide" data-index={at} data-kind={slide?.kind}>
        {slide?.kind === 'title' && (
          <TitleSlide
            doc={doc}
            title={workspace?.name ?? ''}
            segment={segment?.name ?? ''}
            journey={journey?.name ?? t('presentation.noJourney')}
          />
        )}
        {stage && (
          <StageSlide
            stage={stage}
            doc={doc}
            kicker={[journey?.name, segment?.name].filter(Boolean).join(' · ')}
            steps={doc.steps.filter((s) => s.journeyId === journeyId && s.stageId === stage.id)}
            friction={friction}
          />
        )}
        {slide?.kind === 'friction' && <FrictionSlide items={friction} />}
        {slide?.kind === 'comparison' && comparison && <ComparisonSlide comparison={comparison} />}
      </section>
      <footer className="presentation-bar">
        <button
          type="button"
          className="btn btn-ghost"
          disabled={at === 0}
          onClick={() => go(stepSlide(at, -1, count))}
          aria-label={t('presentation.previous')}
        >
          ←
        </button>
        <span className="presentation-counter" data-testid="presentation-counter">
          {t('presentation.counter', { n: at + 1, count })}
        </span>
        <button
          type="button"
          className="btn btn-ghost"
          disabled={at >= count - 1}
          onClick={() => go(stepSlide(at, 1, count))}
          aria-label={t('presentation.next')}
        >
          →
        </button>
        <button type="button" className="btn btn-ghost" data-testid="present-exit" onClick={stop}>
          {t('presentation.exit')}
        </button>
      </footer>
    </div>
  );
}
