import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

// A stand-in for the parts of the electron module main.ts touches, recording what it was told.
// The real binary cannot be downloaded on the machines that run these tests.
export const createFakeElectron = ({ hasLock = true, isReady = true, appPath = '/app', userData = '/user-data' } = {}) => {
  const appListeners = new Map<string, Listener[]>();
  const windows: FakeWindow[] = [];

  class FakeWindow {
    readonly listeners = new Map<string, Listener>();
    readonly webContents = { getURL: () => 'app://crm/index.html', send: vi.fn() };
    readonly loadURL = vi.fn(async (_url: string) => {});
    readonly restore = vi.fn();
    readonly show = vi.fn();
    readonly focus = vi.fn();
    isMinimized = () => true;
    isDestroyed = () => false;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    on(name: string, listener: Listener) {
      this.listeners.set(name, listener);
      return this;
    }
    once(name: string, listener: Listener) {
      return this.on(name, listener);
    }
    static getAllWindows = () => windows;
  }

  const app = {
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => hasLock),
    whenReady: vi.fn(() => (isReady ? Promise.resolve() : new Promise<void>(() => {}))),
    getAppPath: () => appPath,
    getPath: vi.fn((_name: string) => userData),
    quit: vi.fn(),
    exit: vi.fn(),
    on: vi.fn((name: string, listener: Listener) => {
      appListeners.set(name, [...(appListeners.get(name) ?? []), listener]);
    }),
  };

  const emitApp = (name: string, ...args: unknown[]) => appListeners.get(name)?.forEach((listener) => listener(...args));

  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: vi.fn() },
    ipcMain: { handle: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn() },
  };
  return { module, windows, emitApp };
};

export type FakeElectron = ReturnType<typeof createFakeElectron>;

type FakeModule = FakeElectron['module'];

// vi.mock caches the module it is given, even across vi.resetModules, so each test's fresh fake
// is reached through getters that look the current one up at call time.
export const forwardingModule = (current: () => FakeModule): FakeModule => {
  const names = Object.keys(createFakeElectron().module) as (keyof FakeModule)[];
  const forwarded = {};
  for (const name of names) Object.defineProperty(forwarded, name, { enumerable: true, get: () => current()[name] });
  return forwarded as FakeModule;
};
