import type { WebPreferences } from 'electron';

// Written out even where Electron's defaults agree, so a test pins them and a future default
// change cannot loosen the window (security checklist items 2-4, 6, 11).
export const makeWebPreferences = (preloadPath: string): WebPreferences => ({
  preload: preloadPath,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
});
