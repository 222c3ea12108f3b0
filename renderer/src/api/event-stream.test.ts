import { afterEach, describe, expect, it, vi } from 'vitest';
import { isKeyRefused, openEventStream, sseParser } from './event-stream';
import { createHttpTransport } from './http-transport';

// The host's answers, in order: a stream that delivers `events` and ends (a drop) unless `stays`.
const streamOf = (events: string[], { stays = false } = {}): Response =>
  new Response(new ReadableStream<Uint8Array>({
    start(controller) {
      for (const event of events) controller.enqueue(new TextEncoder().encode(`data: ${event}\n\n`));
      if (!stays) controller.close();
    },
  }), { status: 200, headers: { 'Content-Type': 'text/event-stream' } });
const hostAnswering = (...answers: (() => Response)[]) => {
  const fetched = vi.fn(async () => {
    const next = answers.shift();
    if (!next) throw new TypeError('fetch failed');
    return next();
  });
  vi.stubGlobal('fetch', fetched);
  return fetched;
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('openEventStream', () => {
  it('asks for a resync once the stream is open again after a drop, never on the first connection', async () => {
    vi.useFakeTimers();
    const fetched = hostAnswering(
      () => streamOf(['{"type":"outbox.changed"}']),
      () => new Response('', { status: 503 }),
      () => streamOf([], { stays: true }),
    );
    const data: string[] = [];
    const onReconnect = vi.fn();
    const close = openEventStream({ url: '/api/events', headers: () => ({}), onData: (d) => data.push(d), onUnauthorized: () => {}, onReconnect });
    await vi.advanceTimersByTimeAsync(0);
    expect(data).toEqual(['{"type":"outbox.changed"}']);
    expect(onReconnect).not.toHaveBeenCalled();
    // The drop, then a refused try: nothing to resync from yet.
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetched).toHaveBeenCalledTimes(2);
    expect(onReconnect).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(fetched).toHaveBeenCalledTimes(3);
    expect(onReconnect).toHaveBeenCalledTimes(1);
    close();
  });
});

describe('the browser host transport', () => {
  it('tells the resync listeners when the shared stream reconnects', async () => {
    vi.useFakeTimers();
    hostAnswering(() => streamOf([]), () => streamOf(['{"type":"contacts.changed","ids":["a"]}'], { stays: true }));
    const transport = createHttpTransport({ key: 'k' });
    const events: string[] = [];
    const resyncs = vi.fn();
    const stopEvents = transport.subscribe((event) => events.push(event.type));
    const stopResync = transport.onResync!(resyncs);
    await vi.advanceTimersByTimeAsync(0);
    expect(resyncs).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2000);
    expect(resyncs).toHaveBeenCalledTimes(1);
    expect(events).toEqual(['contacts.changed']);
    stopResync();
    stopEvents();
  });
});

describe('sseParser', () => {
  it('returns the data of each complete event, whatever the chunking', () => {
    const parse = sseParser();
    expect(parse('retry: 2000\n\n')).toEqual([]);
    expect(parse('data: {"type":"contacts.changed",')).toEqual([]);
    expect(parse('"ids":["a"]}\n\n: ping\n\ndata: {"type":"x"}\n')).toEqual(['{"type":"contacts.changed","ids":["a"]}']);
    expect(parse('\n')).toEqual(['{"type":"x"}']);
  });

  it('joins multi-line data and reads CRLF line ends', () => {
    expect(sseParser()('data: a\r\ndata:b\r\n\r\n')).toEqual(['a\nb']);
  });
});

describe('isKeyRefused', () => {
  it('is the host refusing the key, not any 401', () => {
    expect(isKeyRefused(new Response('{}', { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="relance"' } }))).toBe(true);
    expect(isKeyRefused(new Response('{}', { status: 401 }))).toBe(false);
    expect(isKeyRefused(new Response('{}', { status: 200 }))).toBe(false);
  });
});
