import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createApiClient, type Transport } from './api/client';
import { createHttpTransport } from './api/http-transport';
import { createIpcTransport, findBridge } from './api/ipc-transport';
import { forgetSessionKey, sessionKey, takeKeyFromAddress } from './api/session-key';
import { App } from './app/App';
import { MissingKeyPage } from './app/MissingKeyPage';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

const showMissingKey = () => {
  forgetSessionKey();
  root.render(
    <StrictMode>
      <MissingKeyPage />
    </StrictMode>,
  );
};

const showApp = (transport: Transport) =>
  root.render(
    <StrictMode>
      <ApiProvider client={createApiClient(transport)}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );

// Electron's preload provides the bridge; the browser host does not, so HTTP it is, with the key
// the printed address carried in its fragment (session-key.ts).
const bridge = findBridge();
if (bridge) {
  showApp(createIpcTransport(bridge));
} else {
  const key = takeKeyFromAddress();
  // The address pasted into this same tab changes only the fragment: no reload happens by itself.
  window.addEventListener('hashchange', () => {
    const before = sessionKey();
    if (takeKeyFromAddress() !== before) window.location.reload();
  });
  if (key === null) showMissingKey();
  else showApp(createHttpTransport({ key, onUnauthorized: showMissingKey }));
}
