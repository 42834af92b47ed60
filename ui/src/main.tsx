import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { toApiError } from './api/errors';
import { initIpc } from './api/ipc';
import { App } from './App';
import { i18n } from './i18n';
import { useWorkspace } from './store/workspace';
import './styles/theme.css';
import './styles/shell.css';
import './styles/controls.css';
import './styles/journey.css';
import './styles/touchpoints.css';
import './styles/editors.css';
import './styles/simulation.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
root.render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);

initIpc()
  .then(() => useWorkspace.getState().start())
  .catch((thrown: unknown) => {
    useWorkspace.setState({ ready: true, error: toApiError(thrown) });
  });
