import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../hooks/useDismiss';
import { useWorkspace } from '../store/workspace';

const SHORTCUTS: [keys: string[], key: string][] = [
  [['Ctrl/⌘ Z'], 'undo'],
  [['Ctrl/⌘ Shift Z', 'Ctrl Y'], 'redo'],
  [['Alt 1…9'], 'segment'],
  [['Alt ↑', 'Alt ↓'], 'journey'],
  [['Ctrl/⌘ 1…7'], 'view'],
  [['Esc'], 'close'],
  [['Delete', 'Esc'], 'flowSelection'],
  [['F5', 'Ctrl/⌘ Shift P'], 'present'],
  [['← →', 'PgUp PgDn', 'Space'], 'slides'],
  [['Esc'], 'leavePresentation'],
];

export function HelpPopover() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(ref, open, close);
  const openLogFolder = () => {
    close();
    void useWorkspace.getState().openLogFolder();
  };
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        aria-label={t('help.title')}
        title={t('help.title')}
        aria-expanded={open}
        data-testid="help"
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open && (
        <div className="popover popover-right" role="dialog" aria-label={t('help.title')}>
          <h2 className="popover-title">{t('help.shortcuts')}</h2>
          <dl className="shortcuts">
            {SHORTCUTS.map(([keys, key]) => (
              <div key={key} className="shortcut">
                <dt>
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dt>
                <dd>{t(`help.keys.${key}`)}</dd>
              </div>
            ))}
          </dl>
          <p className="popover-hint">{t('help.dragHint')}</p>
          <div className="popover-actions">
            <button type="button" className="btn" data-testid="open-log-folder" onClick={openLogFolder}>
              {t('help.openLogFolder')}
            </button>
            <p className="popover-hint">{t('help.logHint')}</p>
          </div>
        </div>
      )}
    </div>
  );
}
