import type { ServerResponse } from 'node:http';
import type { PushEvent } from '../api';
import { securityHeaders } from '../api/security';

const HEARTBEAT_MS = 20_000;

// Server-sent events: one stream per open page, closed with the server.
export const openEventStream = (
  res: ServerResponse,
  subscribe: (listener: (event: PushEvent) => void) => () => void,
  streams: Set<ServerResponse>,
): void => {
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write('retry: 2000\n\n');
  streams.add(res);
  const unsubscribe = subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => res.write(': ping\n\n'), HEARTBEAT_MS);
  res.on('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    streams.delete(res);
  });
};
