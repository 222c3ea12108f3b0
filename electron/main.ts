import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { bootCore, type Booted } from '../core/boot';
import { createAppProtocolHandler } from './app-protocol';
import { createMainWindow } from './app-window';
import { describeBootError } from './boot-error';
import { INVOKE_CHANNEL, STAGE_FILE_CHANNEL } from './channels';
import { hardenWebContents } from './harden-web-contents';
import { makeImportWorkerLauncher } from './import-worker-launcher';
import { makeReportWorkerLauncher } from './report-worker-launcher';
import { createInvokeHandler } from './invoke-handler';
import { parseLaunchOptions } from './launch-options';
import { installMenu } from './menu';
import { denyAllPermissions } from './permissions';
import { forwardPushEvents } from './push-events';
import { createStageFileHandler } from './stage-file-handler';
import { APP_SCHEME } from './trusted-url';

// Must run before `ready`: a standard, secure scheme gets a real origin, so CSP 'self' and
// fetch behave as on https (security checklist item 18). No corsEnabled: the page and its
// scripts share the app://crm origin, and without it no other origin can read app:// responses.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
app.enableSandbox();

// getAppPath() is the repo root in development and app.asar when packaged; both hold these.
const fromApp = (relative: string): string => path.join(app.getAppPath(), relative);

let mainWindow: BrowserWindow | null = null;
let isStarted = false;

// Focuses the window, or opens it again (macOS keeps running with no window after a close).
const showMainWindow = (): void => {
  if (!isStarted) return;
  if (mainWindow === null || mainWindow.isDestroyed()) {
    mainWindow = createMainWindow(fromApp('dist-electron/preload.cjs'));
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
};

const bootOrExplain = (dataDir: string, isDemo: boolean): Booted | null => {
  try {
    return bootCore({
      dataDir,
      migrationsFolder: fromApp('db/migrations'),
      host: 'electron',
      isDemo,
      launchImportWorker: makeImportWorkerLauncher(fromApp('dist-electron/import-worker.cjs')),
      importWriterFile: fromApp('dist-electron/import-writer.cjs'),
      launchReportWorker: makeReportWorkerLauncher(fromApp('dist-electron/report-worker.cjs')),
    });
  } catch (error) {
    console.error(error);
    const { title, content } = describeBootError(error, dataDir);
    dialog.showErrorBox(title, content);
    return null;
  }
};

const start = (): void => {
  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler(fromApp('dist/renderer')));
  const { dataDir, isDemo } = parseLaunchOptions({
    argv: process.argv.slice(1),
    env: process.env,
    userDataDir: app.getPath('userData'),
  });
  const booted = bootOrExplain(dataDir, isDemo);
  if (booted === null) {
    app.exit(1);
    return;
  }
  if (booted.database.migration.backupFile) {
    console.log(`Database updated; the previous version is saved at ${booted.database.migration.backupFile}`);
  }
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(booted.handlers));
  ipcMain.handle(STAGE_FILE_CHANNEL, createStageFileHandler(booted.stageFile));
  const stopEvents = forwardPushEvents(booted.events.subscribe, () => BrowserWindow.getAllWindows());
  // While the app is open it plans on a timer and sends what is due (C10: background sending).
  booted.start();
  app.on('will-quit', (event) => {
    event.preventDefault();
    stopEvents();
    void booted.stop().finally(() => {
      booted.close();
      app.exit(0);
    });
  });
  installMenu();
  isStarted = true;
  showMainWindow();
  app.on('activate', showMainWindow);
};

// A second launch (say, from the dock or a desktop shortcut) focuses the window we already have
// instead of opening the same SQLite file twice. It can arrive before ready, hence isStarted.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox('Relance could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
