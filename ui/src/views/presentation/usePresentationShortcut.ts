// The shortcut that starts presenting, kept apart from the deck so the deck's code (and its
// chart) loads only when a presentation starts.
import { useEffect } from 'react';
import { usePresentation } from '../../store/presentation';
import { useWorkspace } from '../../store/workspace';

/** F5 or Ctrl/⌘+Shift+P starts presenting (when a workspace is open). */
export function usePresentationShortcut(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const mod = event.ctrlKey || event.metaKey;
      const start = event.key === 'F5' || (mod && event.shiftKey && event.key.toLowerCase() === 'p');
      if (!start || usePresentation.getState().open || !useWorkspace.getState().workspace) return;
      event.preventDefault();
      usePresentation.getState().start();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
