import { describe, expect, it } from 'vitest';
import { makeWebPreferences } from './web-preferences';

describe('makeWebPreferences', () => {
  const prefs = makeWebPreferences('/app/dist-electron/preload.cjs');

  it('isolates and sandboxes the renderer', () => {
    expect(prefs).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
  });

  it('sets nothing that would widen what a page can do', () => {
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
    expect(prefs).not.toHaveProperty('partition');
  });
});
