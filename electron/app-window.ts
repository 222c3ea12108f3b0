import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './trusted-url';
import { makeWebPreferences } from './web-preferences';

// The one Relance window. Shown once painted so it never flashes white on start.
export const createMainWindow = (preloadPath: string): BrowserWindow => {
  const mainWindow = new BrowserWindow({
    title: 'Relance',
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    show: false,
    webPreferences: makeWebPreferences(preloadPath),
  });
  // The title stays "Relance" whatever the page's <title> says.
  mainWindow.on('page-title-updated', (event) => event.preventDefault());
  mainWindow.once('ready-to-show', () => mainWindow.show());
  mainWindow.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the Relance window:', error));
  return mainWindow;
};
