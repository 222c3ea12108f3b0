import { describe, expect, it, vi } from 'vitest';
import type { PushEvent } from '../api/events';
import { createEventHub } from '../core/ports';
import { forwardPushEvents } from './push-events';

const fakeWindow = (url: string, isDestroyed = false) => ({
  isDestroyed: () => isDestroyed,
  webContents: { getURL: () => url, send: vi.fn() },
});

describe('forwardPushEvents', () => {
  it('sends each core event to live app:// windows on the event channel', () => {
    const hub = createEventHub();
    const open = fakeWindow('app://crm/index.html');
    const closed = fakeWindow('app://crm/index.html', true);
    const elsewhere = fakeWindow('https://evil.example/');
    const stop = forwardPushEvents(hub.subscribe, () => [open, closed, elsewhere]);

    const event: PushEvent = { type: 'contacts.changed', ids: ['c1'] };
    hub.emit(event);
    expect(open.webContents.send).toHaveBeenCalledWith('relance:event', event);
    expect(closed.webContents.send).not.toHaveBeenCalled();
    expect(elsewhere.webContents.send).not.toHaveBeenCalled();

    stop();
    hub.emit({ type: 'settings.changed' });
    expect(open.webContents.send).toHaveBeenCalledOnce();
  });
});
