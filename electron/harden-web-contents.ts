import type { WebContents } from 'electron';
import { openExternalSafely } from './open-external';
import { isAppUrl, isSafeExternalUrl } from './trusted-url';

type NavigationEvent = { url: string; preventDefault: () => void };

const denyUnlessApp = (event: NavigationEvent): void => {
  if (!isAppUrl(event.url)) event.preventDefault();
};

// A click on an outside link (a contact's mailto:, a website) leaves the app for the OS handler,
// once the URL has parsed and passed the allowlist; the window itself never navigates away.
const handOffUnlessApp = (event: NavigationEvent): void => {
  if (isAppUrl(event.url)) return;
  event.preventDefault();
  if (isSafeExternalUrl(event.url)) setImmediate(() => void openExternalSafely(event.url));
};

// Applied to every webContents as it is created (security checklist items 11-14): the window
// can only ever show app:// pages, opens no windows of its own and hosts no <webview>.
export const hardenWebContents = (contents: WebContents): void => {
  contents.on('will-navigate', handOffUnlessApp);
  contents.on('will-frame-navigate', denyUnlessApp);
  contents.on('will-redirect', denyUnlessApp);
  contents.on('will-attach-webview', (event, webPreferences) => {
    // Strip a preload first in case a future Electron ignores preventDefault here.
    delete webPreferences.preload;
    event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    // Deferred so the OS hand-off never runs inside the renderer's window.open call.
    if (isSafeExternalUrl(url)) setImmediate(() => void openExternalSafely(url));
    return { action: 'deny' };
  });
};
