import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const { openExternal } = vi.hoisted(() => ({ openExternal: vi.fn(async (_url: string) => {}) }));
vi.mock('electron', () => ({ shell: { openExternal } }));

const { hardenWebContents } = await import('./harden-web-contents');

type OpenHandler = (details: { url: string }) => { action: string };

// Just enough of WebContents: the events we listen to and the window-open hook.
const fakeContents = () => {
  const emitter = new EventEmitter() as EventEmitter & { openHandler?: OpenHandler; setWindowOpenHandler: (h: OpenHandler) => void };
  emitter.setWindowOpenHandler = (handler) => (emitter.openHandler = handler);
  hardenWebContents(emitter as never);
  return emitter;
};

const navigate = (contents: EventEmitter, name: string, url: string): boolean => {
  const event = { url, preventDefault: vi.fn() };
  contents.emit(name, event, url);
  return event.preventDefault.mock.calls.length === 0;
};

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s allows app:// and blocks the rest', (name) => {
    const contents = fakeContents();
    expect(navigate(contents, name, 'app://crm/index.html')).toBe(true);
    for (const url of ['https://evil.example/', 'app://crm.evil/', 'file:///etc/passwd', 'javascript:alert(1)', 'http://127.0.0.1:5173/']) {
      expect(navigate(contents, name, url), url).toBe(false);
    }
  });

  it('denies every new window and sends only safe links to the OS', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    openExternal.mockClear();
    const contents = fakeContents();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'app://crm/index.html' })).toEqual({ action: 'deny' });
    await new Promise((resolve) => setImmediate(resolve));
    expect(openExternal.mock.calls).toEqual([['https://example.com/']]);
  });

  it('hands a clicked outside link to the OS after checking it, never navigating the window', async () => {
    await new Promise((resolve) => setImmediate(resolve));
    openExternal.mockClear();
    const contents = fakeContents();
    for (const url of ['mailto:jeanne@example.com', 'https://example.org/faq', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:pw@example.org/']) {
      expect(navigate(contents, 'will-navigate', url), url).toBe(false);
    }
    // A mailto waits for its domain's lookup (open-external.ts), so the two may come in either order.
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(2), { timeout: 5000 });
    expect(openExternal.mock.calls.flat().sort()).toEqual(['https://example.org/faq', 'mailto:jeanne@example.com']);
  });

  it('refuses to attach a <webview> and strips its preload', () => {
    const contents = fakeContents();
    const event = { preventDefault: vi.fn() };
    const webPreferences: Record<string, unknown> = { preload: '/tmp/evil.js' };
    contents.emit('will-attach-webview', event, webPreferences, { src: 'https://evil.example/' });
    expect(event.preventDefault).toHaveBeenCalled();
    expect(webPreferences).not.toHaveProperty('preload');
  });
});
