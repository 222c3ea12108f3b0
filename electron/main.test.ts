import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeElectron, type FakeElectron } from './testing/fake-electron';

const holder = vi.hoisted(() => ({ fake: null as unknown as FakeElectron }));
// The mocked module is cached across vi.resetModules, so it forwards to whichever fake is current.
vi.mock('electron', async () => (await import('./testing/fake-electron')).forwardingModule(() => holder.fake.module));

// The repo root stands in for app.getAppPath(), so the real migrations and a real SQLite file are used.
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
let dataDir: string;

const startMain = async (options: Parameters<typeof createFakeElectron>[0] = {}) => {
  holder.fake = createFakeElectron({ appPath: repoRoot, ...options });
  vi.resetModules();
  await import('./main');
  await new Promise((resolve) => setImmediate(resolve));
  return holder.fake;
};

type IpcHandler = (...args: unknown[]) => Promise<unknown>;
const handlerFor = (fake: FakeElectron, channel: string): IpcHandler => {
  const call = fake.module.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  if (!call) throw new Error(`main registered no handler for ${channel}`);
  return call[1] as IpcHandler;
};
const trustedEvent = { senderFrame: { url: 'app://crm/index.html', parent: null } };

beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'relance-main-'));
  vi.stubEnv('RELANCE_DATA_DIR', dataDir);
});

afterEach(async () => {
  // Quitting waits for a sending pass in flight, then closes the database and exits.
  const fake = holder.fake;
  fake?.emitApp('will-quit', { preventDefault: () => undefined });
  const hasStarted = fake?.module.app.on.mock.calls.some(([name]: unknown[]) => name === 'will-quit');
  if (hasStarted) await vi.waitFor(() => expect(fake.module.app.exit).toHaveBeenCalledWith(0));
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('main process', () => {
  it('registers app:// before ready, sandboxes, and opens one hardened window', async () => {
    const { module, windows } = await startMain();
    expect(module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(module.app.enableSandbox).toHaveBeenCalled();
    expect(module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(module.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(module.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(module.app.on).toHaveBeenCalledWith('web-contents-created', expect.any(Function));
    if (process.platform !== 'darwin') expect(module.Menu.setApplicationMenu).toHaveBeenCalledWith(null);
    expect(windows).toHaveLength(1);
    expect(windows[0]?.options).toMatchObject({ title: 'Relance', webPreferences: { sandbox: true, contextIsolation: true } });
    expect(windows[0]?.options.webPreferences).toMatchObject({ preload: join(repoRoot, 'dist-electron/preload.cjs') });
    expect(windows[0]?.loadURL).toHaveBeenCalledWith('app://crm/index.html');
  });

  it('answers IPC from the window with core running on the chosen data folder', async () => {
    const fake = await startMain();
    expect(fake.module.ipcMain.handle).toHaveBeenCalledWith('relance:invoke', expect.any(Function));
    const invoke = handlerFor(fake, 'relance:invoke');
    expect(await invoke(trustedEvent, 'app.info', {})).toMatchObject({ ok: true, value: { host: 'electron', dataDir, isDemo: false } });
    expect(await invoke({ senderFrame: null }, 'app.info', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('stages a file sent from the window in the data folder, and only from the window', async () => {
    const stage = handlerFor(await startMain(), 'relance:stage-file');
    const bytes = new TextEncoder().encode('email\njeanne@example.fr\n');
    const result = (await stage(trustedEvent, 'clients.csv', bytes)) as { ok: true; value: { fileId: string } };
    expect(result).toMatchObject({ ok: true, value: { fileName: 'clients.csv', size: bytes.byteLength } });
    expect(readFileSync(join(dataDir, 'staging', result.value.fileId), 'utf8')).toBe('email\njeanne@example.fr\n');
    expect(await stage({ senderFrame: null }, 'clients.csv', bytes)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('focuses the existing window when a second copy is started', async () => {
    const { emitApp, windows } = await startMain();
    emitApp('second-instance');
    expect(windows).toHaveLength(1);
    expect(windows[0]?.restore).toHaveBeenCalled();
    expect(windows[0]?.focus).toHaveBeenCalled();
  });

  it('ignores a second copy that starts before this one is ready', async () => {
    const { emitApp, windows } = await startMain({ isReady: false });
    expect(() => emitApp('second-instance')).not.toThrow();
    expect(windows).toHaveLength(0);
  });

  it('quits at once when another copy holds the lock', async () => {
    const { module, windows } = await startMain({ hasLock: false });
    expect(module.app.quit).toHaveBeenCalled();
    expect(module.app.whenReady).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('explains in a dialog and exits when the database cannot be opened', async () => {
    const notAFolder = join(dataDir, 'file');
    writeFileSync(notAFolder, 'x');
    vi.stubEnv('RELANCE_DATA_DIR', notAFolder);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { module, windows } = await startMain();
    expect(module.dialog.showErrorBox).toHaveBeenCalledWith('Relance cannot open its data', expect.stringContaining(notAFolder));
    expect(module.app.exit).toHaveBeenCalledWith(1);
    expect(module.ipcMain.handle).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });
});
