import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../store/workspace';
import { ExportMenu } from './ExportMenu';
import { FileMenu } from './FileMenu';
import { HelpPopover } from './HelpPopover';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { PresentButton } from '../views/presentation/PresentButton';
import { ThemeSwitch } from './ThemeSwitch';
import { UndoRedo } from './UndoRedo';

export function Header() {
  const { t } = useTranslation();
  const workspace = useWorkspace((s) => s.workspace);
  return (
    <header className="header">
      <div className="brand">
        <Logo />
        <span className="brand-name">{t('app.name')}</span>
      </div>
      <FileMenu />
      <ExportMenu />
      {workspace && (
        <div className="workspace-name" title={workspace.path} data-testid="workspace-name">
          {workspace.name}
        </div>
      )}
      <UndoRedo />
      <div className="header-spacer" />
      <PresentButton />
      <ThemeSwitch />
      <LanguageSwitch />
      <HelpPopover />
    </header>
  );
}
