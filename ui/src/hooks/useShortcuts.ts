import { useEffect } from 'react';
import { VIEW_MODES } from '../model/types';
import { useWorkspace } from '../store/workspace';

/** Typing in a field keeps the field's own undo and arrows. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The app's keyboard shortcuts (listed in the help popover):
 * Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z or Ctrl+Y redo, Alt+1..9 segment, Alt+↑/↓ journey,
 * Ctrl/Cmd+1..7 view, Escape closes the side panel.
 */
export function useShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = useWorkspace.getState();
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (event.key === 'Escape') {
        if (state.panel.kind !== 'none') {
          state.closePanel();
          event.preventDefault();
        }
        return;
      }
      if (isTyping(event.target)) return;
      if (mod && !event.altKey && key === 'z') {
        event.preventDefault();
        void (event.shiftKey ? state.redo() : state.undo());
        return;
      }
      if (mod && !event.altKey && key === 'y') {
        event.preventDefault();
        void state.redo();
        return;
      }
      const doc = state.workspace?.document;
      if (!doc) return;
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (event.altKey && !mod && digit) {
        const segment = doc.segments[Number(digit) - 1];
        if (segment) {
          event.preventDefault();
          state.selectSegment(segment.id);
        }
        return;
      }
      if (mod && !event.altKey && digit) {
        const mode = VIEW_MODES[Number(digit) - 1];
        if (mode) {
          event.preventDefault();
          state.setMode(mode);
        }
        return;
      }
      if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        const journeys = doc.journeys.filter((j) => j.segmentId === state.segmentId);
        const at = journeys.findIndex((j) => j.id === state.journeyId);
        const next = journeys[at + (event.key === 'ArrowDown' ? 1 : -1)];
        if (next) {
          event.preventDefault();
          state.selectJourney(next.id);
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
