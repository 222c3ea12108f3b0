import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './responses';

// A body must keep arriving: after a grace period, at least this many bytes a second on average.
// Loopback carries hundreds of MB/s, so a 200 MB import file passes in seconds; a client that
// trickles a byte at a time (holding a connection, and with it a worker, open) is cut off.
export type BodyPace = { graceMs: number; minBytesPerSecond: number };

export const DEFAULT_BODY_PACE: BodyPace = { graceMs: 10_000, minBytesPerSecond: 1024 * 1024 };

// Watches the socket's byte count rather than the body stream, so it works whoever reads the
// body (JSON calls, staged files, uploads added later) and never takes data from them. Time the
// host itself spent busy (a long import blocks the event loop) is not held against the client.
export const watchBodyPace = (req: IncomingMessage, res: ServerResponse, pace: BodyPace = DEFAULT_BODY_PACE): void => {
  // A request without a body is complete as soon as its headers are read.
  if (req.complete) return;
  const socket = req.socket;
  const every = Math.min(1000, Math.max(50, pace.graceMs / 4));
  const bytesBefore = socket.bytesRead;
  let waitedMs = 0;
  let lastTick = Date.now();
  const isDone = () => req.complete || socket.destroyed;
  const isBehind = () => socket.bytesRead - bytesBefore < ((waitedMs - pace.graceMs) / 1000) * pace.minBytesPerSecond;
  // The body is ended too: whoever reads it (a JSON call, a file being staged) would otherwise wait
  // for bytes that no longer come, holding what it read, and a staged file would stay half written.
  const close = () => {
    socket.destroy();
    req.destroy();
  };
  const cutOff = () => {
    clearInterval(timer);
    if (res.headersSent) return close();
    res.setHeader('Connection', 'close');
    res.once('finish', close);
    sendError(res, { code: 'VALIDATION', message: 'The request arrived too slowly and was closed. Try again.' }, 408);
  };
  const timer = setInterval(() => {
    if (isDone()) return clearInterval(timer);
    const now = Date.now();
    waitedMs += Math.min(now - lastTick, 2 * every);
    lastTick = now;
    if (waitedMs < pace.graceMs || !isBehind()) return;
    // Timers run before the host reads its sockets: what already arrived is read first.
    setImmediate(() => {
      if (!isDone() && isBehind()) cutOff();
    });
  }, every);
  timer.unref();
  res.once('close', () => clearInterval(timer));
};
