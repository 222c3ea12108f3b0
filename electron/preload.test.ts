import { describe, expect, it, vi } from 'vitest';
import type { RelanceBridge } from '../api/bridge';

const { exposeInMainWorld, ipcRenderer } = await vi.hoisted(async () => {
  // A stand-in for ipcRenderer: real listener bookkeeping, a spy for invoke.
  const { EventEmitter } = await import('node:events');
  const renderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: 'from main' })) });
  return { exposeInMainWorld: vi.fn(), ipcRenderer: renderer };
});
vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld }, ipcRenderer }));

await import('./preload');
const [name, bridge] = exposeInMainWorld.mock.calls[0] as [string, RelanceBridge];

describe('preload', () => {
  it('exposes window.relance with invoke, on and stageFile, and nothing else', () => {
    expect(exposeInMainWorld).toHaveBeenCalledOnce();
    expect(name).toBe('relance');
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on', 'stageFile']);
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends known methods to main on the one invoke channel', async () => {
    expect(await bridge.invoke('contacts.get', { id: 'c1' })).toEqual({ ok: true, value: 'from main' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('relance:invoke', 'contacts.get', { id: 'c1' });
  });

  it('answers NOT_FOUND locally for unknown methods without reaching main', async () => {
    ipcRenderer.invoke.mockClear();
    for (const method of ['no.such', '__proto__', 'toString', 42]) {
      const result = await bridge.invoke(method as never, {} as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });

  it('gives listeners the payload only, and unsubscribes', () => {
    const listener = vi.fn();
    const stop = bridge.on(listener);
    const ipcEvent = { sender: ipcRenderer, senderId: 0, ports: [] };
    ipcRenderer.emit('relance:event', ipcEvent, { type: 'contacts.changed', ids: ['c1'] });
    expect(listener).toHaveBeenCalledOnce();
    expect(listener.mock.calls[0]).toEqual([{ type: 'contacts.changed', ids: ['c1'] }]);
    stop();
    ipcRenderer.emit('relance:event', ipcEvent, { type: 'settings.changed' });
    expect(listener).toHaveBeenCalledOnce();
    expect(ipcRenderer.listenerCount('relance:event')).toBe(0);
  });

  it('keeps two subscribers independent', () => {
    const first = vi.fn();
    const second = vi.fn();
    const stopFirst = bridge.on(first);
    const stopSecond = bridge.on(second);
    stopFirst();
    ipcRenderer.emit('relance:event', {}, { type: 'settings.changed' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith({ type: 'settings.changed' });
    stopSecond();
  });

  it('can listen to one kind of event only', () => {
    const listener = vi.fn();
    const stop = bridge.on('settings.changed', listener);
    ipcRenderer.emit('relance:event', {}, { type: 'contacts.changed', ids: ['c1'] });
    ipcRenderer.emit('relance:event', {}, { type: 'settings.changed' });
    expect(listener.mock.calls).toEqual([[{ type: 'settings.changed' }]]);
    stop();
    expect(ipcRenderer.listenerCount('relance:event')).toBe(0);
  });

  it('sends a file to main as bytes on the stage-file channel', async () => {
    const bytes = new TextEncoder().encode('email\njeanne@example.fr\n');
    expect(await bridge.stageFile('clients.csv', bytes)).toEqual({ ok: true, value: 'from main' });
    expect(ipcRenderer.invoke).toHaveBeenLastCalledWith('relance:stage-file', 'clients.csv', bytes);
  });

  it.each([
    ['an empty name', '', new Uint8Array(1)],
    ['a name that is not a string', 42, new Uint8Array(1)],
    ['bytes that are a string', 'clients.csv', 'email'],
    ['bytes that are an ArrayBuffer', 'clients.csv', new ArrayBuffer(1)],
    ['no bytes', 'clients.csv', undefined],
    // Only byteLength is read past the type check, so this stands in for a 200 MB file without allocating one.
    ['a file past the size limit', 'everyone.csv', Object.defineProperty(new Uint8Array(1), 'byteLength', { value: 200 * 2 ** 20 + 1 })],
  ])('answers VALIDATION locally for %s without reaching main', async (_name, fileName, bytes) => {
    ipcRenderer.invoke.mockClear();
    const result = await bridge.stageFile(fileName as never, bytes as never);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});
