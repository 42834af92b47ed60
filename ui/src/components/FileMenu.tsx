import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/workspace';
import { DropdownMenu } from './DropdownMenu';

const EMPTY: string[] = [];
const fileName = (path: string) => path.replace(/^.*[\\/]/, '');

export function FileMenu() {
  const { t } = useTranslation();
  const [recentOpen, setRecentOpen] = useState(false);
  const closeRecent = useCallback(() => setRecentOpen(false), []);
  const recent = useWorkspace((s) => s.preferences?.recent ?? EMPTY);
  // Actions never change, so reading them once does not subscribe to the whole store.
  const store = useWorkspace.getState();

  return (
    <DropdownMenu label={t('file.menu')} testId="file-menu" onClose={closeRecent}>
      {(close) => {
        const pick = (action: () => Promise<void>) => () => {
          close();
          void action();
        };
        return (
          <>
            <button type="button" role="menuitem" data-testid="file-new" onClick={pick(store.newWorkspace)}>
              {t('file.new')}
            </button>
            <button type="button" role="menuitem" data-testid="file-open" onClick={pick(store.openWorkspace)}>
              {t('file.open')}
            </button>
            <div className="menu-sub">
              <button
                type="button"
                role="menuitem"
                aria-haspopup="menu"
                aria-expanded={recentOpen}
                disabled={recent.length === 0}
                onClick={() => setRecentOpen((o) => !o)}
              >
                {t('file.openRecent')} <span aria-hidden="true">▸</span>
              </button>
              {recentOpen && (
                <div className="menu-list menu-list-sub" role="menu">
                  {recent.map((path) => (
                    <button
                      key={path}
                      type="button"
                      role="menuitem"
                      title={path}
                      onClick={pick(() => store.openRecent(path))}
                    >
                      {fileName(path)}
                    </button>
                  ))}
                </div>
              )}
            </div>
            <button type="button" role="menuitem" data-testid="file-save-as" onClick={pick(store.saveWorkspaceAs)}>
              {t('file.saveAs')}
            </button>
            <div className="menu-separator" role="separator" />
            <button type="button" role="menuitem" data-testid="file-sample" onClick={pick(store.openSample)}>
              {t('file.openSample')}
            </button>
          </>
        );
      }}
    </DropdownMenu>
  );
}
