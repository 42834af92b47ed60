import { useTranslation } from 'react-i18next';
import { useEditLabel } from '../hooks/useEditLabel';
import { useWorkspace } from '../store/workspace';

export function UndoRedo() {
  const { t } = useTranslation();
  const history = useWorkspace((s) => s.workspace?.history ?? null);
  const busy = useWorkspace((s) => s.busy);
  const undo = useWorkspace((s) => s.undo);
  const redo = useWorkspace((s) => s.redo);
  const label = useEditLabel();
  const undoText = history?.undo ? t('history.undoLabel', { label: label(history.undo) }) : t('history.nothingToUndo');
  const redoText = history?.redo ? t('history.redoLabel', { label: label(history.redo) }) : t('history.nothingToRedo');
  return (
    <div className="undo-redo">
      <button
        type="button"
        className="btn btn-ghost"
        data-testid="undo"
        disabled={!history?.undo || busy}
        title={`${undoText} (Ctrl+Z)`}
        aria-label={undoText}
        onClick={() => void undo()}
      >
        <span aria-hidden="true">↶</span> <span className="undo-text">{undoText}</span>
      </button>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        data-testid="redo"
        disabled={!history?.redo || busy}
        title={`${redoText} (Ctrl+Shift+Z)`}
        aria-label={redoText}
        onClick={() => void redo()}
      >
        <span aria-hidden="true">↷</span>
      </button>
    </div>
  );
}
