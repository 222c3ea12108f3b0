import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/api-context';
import { createApiClient } from './api/client';
import { createHttpTransport } from './api/http-transport';
import { createIpcTransport, findBridge } from './api/ipc-transport';
import { App } from './app/App';
import './styles.css';

// Electron's preload provides the bridge; the browser host does not, so HTTP it is.
const bridge = findBridge();
const client = createApiClient(bridge ? createIpcTransport(bridge) : createHttpTransport());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider client={client}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
