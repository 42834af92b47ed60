import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceDocument } from '../../bindings';
import { buildSlides, slideDelta, stepSlide, type Slide } from '../../model/slides';
import { shownFriction } from '../../store/friction';
import { usePresentation } from '../../store/presentation';
import { useSimulation } from '../../store/simulation';
import { useWorkspace } from '../../store/workspace';
import '../../styles/presentation.css';
import { FitToWindow } from './FitToWindow';
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
  const { index, go, stop, scope, setScope } = usePresentation();
  const doc = workspace?.document;
  const has = { result: !!result, comparison: !!comparison };
  const slides = doc ? buildSlides(doc, { scope, segmentId, journeyId }, has) : [];
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
  const segmentName = (id: string | null) => doc.segments.find((s) => s.id === id)?.name ?? '';
  const journey = doc.journeys.find((j) => j.id === journeyId);

  return (
    <div
      className="presentation"
      data-testid="presentation"
      role="dialog"
      aria-modal="true"
      aria-label={t('presentation.label')}
    >
      <section className="slide" data-testid="presentation-slide" data-index={at} data-kind={slide?.kind}>
        <FitToWindow>
          {slide?.kind === 'title' && (
            <TitleSlide
              doc={doc}
              title={workspace?.name ?? ''}
              segment={scope === 'all' ? null : segmentName(segmentId)}
              journey={journey?.name ?? t('presentation.noJourney')}
            />
          )}
          {slide?.kind === 'stage' && <ShownStage slide={slide} doc={doc} />}
          {slide?.kind === 'friction' && (
            <FrictionSlide
              items={shownFriction({ result, ranked }, slide.segmentId)}
              segment={scope === 'all' ? segmentName(slide.segmentId) : null}
            />
          )}
          {slide?.kind === 'comparison' && comparison && <ComparisonSlide comparison={comparison} />}
        </FitToWindow>
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
        <button
          type="button"
          className="btn btn-ghost"
          data-testid="present-scope"
          aria-pressed={scope === 'all'}
          title={t('presentation.scopeHint')}
          onClick={() => setScope(scope === 'all' ? 'segment' : 'all')}
        >
          {scope === 'all' ? t('presentation.oneSegment') : t('presentation.everySegment')}
        </button>
        <button type="button" className="btn btn-ghost" data-testid="present-exit" onClick={stop}>
          {t('presentation.exit')}
        </button>
      </footer>
    </div>
  );
}

/** A stage slide with its segment's friction: the steps it shows, named by journey and segment. */
function ShownStage({ slide, doc }: { slide: Extract<Slide, { kind: 'stage' }>; doc: WorkspaceDocument }) {
  const result = useSimulation((s) => s.result);
  const ranked = useSimulation((s) => s.ranked);
  const stage = doc.stages.find((s) => s.id === slide.stageId);
  if (!stage) return null;
  const journey = doc.journeys.find((j) => j.id === slide.journeyId);
  const segment = doc.segments.find((s) => s.id === slide.segmentId);
  const byId = new Map(doc.steps.map((s) => [s.id, s]));
  const steps = slide.stepIds.flatMap((id) => byId.get(id) ?? []);
  return (
    <StageSlide
      stage={stage}
      doc={doc}
      kicker={[journey?.name, segment?.name].filter(Boolean).join(' · ')}
      steps={steps}
      friction={shownFriction({ result, ranked }, slide.segmentId)}
      part={slide.part}
      parts={slide.parts}
    />
  );
}
