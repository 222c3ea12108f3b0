import type { PushEvent } from '../api/events';
import { EVENT_CHANNEL } from './channels';
import { isAppUrl } from './trusted-url';

type Subscribe = (listener: (event: PushEvent) => void) => () => void;

// The parts of a BrowserWindow we need, so this can be tested without Electron.
type EventTarget = {
  isDestroyed: () => boolean;
  webContents: { getURL: () => string; send: (channel: string, event: PushEvent) => void };
};

// Core's events go to every open window that shows our own page; a window that is closing or
// (somehow) showing anything else gets nothing. Returns the unsubscribe for shutdown.
export const forwardPushEvents = (subscribe: Subscribe, targets: () => EventTarget[]): (() => void) =>
  subscribe((event) => {
    for (const target of targets()) {
      if (!target.isDestroyed() && isAppUrl(target.webContents.getURL())) target.webContents.send(EVENT_CHANNEL, event);
    }
  });
