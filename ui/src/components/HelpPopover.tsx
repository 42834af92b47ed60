import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDismiss } from '../hooks/useDismiss';

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
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="btn btn-ghost btn-icon"
        aria-label={t('help.shortcuts')}
        title={t('help.shortcuts')}
        aria-expanded={open}
        data-testid="help"
        onClick={() => setOpen((o) => !o)}
      >
        ?
      </button>
      {open && (
        <div className="popover popover-right" role="dialog" aria-label={t('help.shortcuts')}>
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
        </div>
      )}
    </div>
  );
}
