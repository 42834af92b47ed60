import { useEffect } from 'react';
import { useFlowEditor } from '../../store/flowEditor';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Delete (or Backspace) removes the selection, Escape clears it; typing in a field is left alone. */
export function useFlowKeys(remove: () => Promise<void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target)) return;
      const { selection, select } = useFlowEditor.getState();
      if (!selection) return;
      if (event.key === 'Delete' || event.key === 'Backspace') {
        event.preventDefault();
        void remove();
      } else if (event.key === 'Escape') {
        select(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [remove]);
}
