import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from './components/ErrorBanner';
import { Header } from './components/Header';
import { NoticeToast } from './components/NoticeToast';
import { Sidebar } from './components/Sidebar';
import { ViewTabs } from './components/ViewTabs';
import { useInteractiveMark } from './hooks/useInteractiveMark';
import { useShortcuts } from './hooks/useShortcuts';
import { usePresentation } from './store/presentation';
import { useWorkspace } from './store/workspace';
import { BundlesView } from './views/bundles/BundlesView';
import { JourneyView } from './views/journey/JourneyView';
import { SegmentsView } from './views/segments/SegmentsView';
import { StructureView } from './views/structure/StructureView';
import { TouchpointView } from './views/touchpoints/TouchpointView';
import { EmptyState } from './components/EmptyState';
import { ViewLoading } from './components/ViewLoading';
import { FlowView, Presentation, SimulationView } from './views/lazyViews';
import { usePresentationShortcut } from './views/presentation/usePresentationShortcut';

function MainView() {
  const mode = useWorkspace((s) => s.mode);
  switch (mode) {
    case 'journey':
      return <JourneyView />;
    case 'touchpoints':
      return <TouchpointView />;
    case 'segments':
      return <SegmentsView />;
    case 'structure':
      return <StructureView />;
    case 'bundles':
      return <BundlesView />;
    case 'flow':
      return <FlowView />;
    case 'simulation':
      return <SimulationView />;
  }
}

export function App() {
  const { t } = useTranslation();
  const ready = useWorkspace((s) => s.ready);
  const hasWorkspace = useWorkspace((s) => s.workspace !== null);
  useShortcuts();
  usePresentationShortcut();
  useInteractiveMark(ready && hasWorkspace);
  const presenting = usePresentation((s) => s.open);
  // Presenting replaces the whole app, so no editing control is on screen.
  if (presenting && hasWorkspace)
    return (
      <Suspense fallback={<ViewLoading />}>
        <Presentation />
      </Suspense>
    );

  return (
    <div className="app" data-testid={ready && hasWorkspace ? 'app-ready' : undefined} aria-busy={!ready}>
      <Header />
      <ErrorBanner />
      {!ready && <div className="loading">{t('app.loading')}</div>}
      {ready && !hasWorkspace && <EmptyState />}
      {ready && hasWorkspace && (
        <div className="body">
          <Sidebar />
          <main className="main">
            <ViewTabs />
            <div className="view">
              <Suspense fallback={<ViewLoading />}>
                <MainView />
              </Suspense>
            </div>
          </main>
        </div>
      )}
      <NoticeToast />
    </div>
  );
}
