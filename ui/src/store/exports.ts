// Exports go through Rust: the UI says what to export, Rust draws it, asks where to save in
// a native dialog and writes the file. Here we gather what to send (the selection, the last
// result and comparison, friction heat, the flow as laid out) and report the outcome.
import { create } from 'zustand';
import { api, longCall } from '../api/client';
import { toApiError } from '../api/errors';
import type { ExportProgress, FlowLayout, ImageFormat, MapTarget, ReportFormat, ReportRequest } from '../bindings';
import { appLanguage } from '../i18n';
import { shownFriction, shownResult } from './friction';
import { useSimulation } from './simulation';
import { useWorkspace } from './workspace';

/** The flow as the Flow tab last laid it out, so exports match the screen. */
export interface ShownFlow {
  bundle: string;
  scenario: string | null;
  layout: FlowLayout;
}

let shownFlow: ShownFlow | null = null;

/** Called by the Flow tab after each layout. */
export function rememberFlowLayout(flow: ShownFlow | null): void {
  shownFlow = flow;
}

export function lastFlowLayout(): ShownFlow | null {
  return shownFlow;
}

/** Friction score per activation task of the result on screen. */
export function currentHeat(): Partial<Record<string, number>> {
  const friction = shownFriction(useSimulation.getState(), null);
  return Object.fromEntries(friction.map((f) => [f.nodeId, f.score]));
}

async function saving(call: () => Promise<string | null>): Promise<string | null> {
  try {
    const path = await call();
    if (path) useWorkspace.setState({ notice: { key: 'export.saved', values: { path }, undoable: false } });
    return path;
  } catch (thrown) {
    const error = toApiError(thrown);
    // The user stopped it: nothing went wrong and nothing was written, so nothing to say.
    if (error.code !== 'cancelled') useWorkspace.setState({ error });
    return null;
  }
}

export function exportMap(target: MapTarget, format: ImageFormat): Promise<string | null> {
  return saving(() => api.exportMap(target, format, currentHeat(), appLanguage()));
}

/** The report export under way, if any: its format, the step it is at (null before the
 * first step is heard) and whether the user asked it to stop. A PDF takes seconds; the
 * header shows this meanwhile, with a Cancel. */
export const useReportExport = create<{
  format: ReportFormat | null;
  progress: ExportProgress | null;
  cancelling: boolean;
}>()(() => ({
  format: null,
  progress: null,
  cancelling: false,
}));

/** The id of the report export under way: what Cancel stops. */
let reportCall: string | null = null;

/** Asks Rust to stop the report being made; it then ends as cancelled, writing nothing. */
export async function cancelReportExport(): Promise<void> {
  const { format, cancelling } = useReportExport.getState();
  if (!format || cancelling || !reportCall) return;
  useReportExport.setState({ cancelling: true });
  try {
    await api.cancelCall(reportCall);
  } catch (thrown) {
    useReportExport.setState({ cancelling: false });
    useWorkspace.setState({ error: toApiError(thrown) });
  }
}

export async function exportReport(format: ReportFormat): Promise<string | null> {
  const state = useSimulation.getState();
  const request: ReportRequest = {
    language: appLanguage(),
    segment: useWorkspace.getState().segmentId,
    result: shownResult(state),
    comparison: state.comparison,
    flow: shownFlow,
  };
  const call = longCall((progress: ExportProgress) => useReportExport.setState({ format, progress }));
  reportCall = call.id;
  useReportExport.setState({ format, progress: null, cancelling: false });
  try {
    return await saving(() => api.exportReport(format, request, call));
  } finally {
    reportCall = null;
    useReportExport.setState({ format: null, progress: null, cancelling: false });
  }
}

export function exportResultsCsv(): Promise<string | null> {
  const result = shownResult(useSimulation.getState());
  if (!result) return Promise.resolve(null);
  return saving(() => api.exportResultsCsv(result));
}
