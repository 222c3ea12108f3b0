// Server-sent events read with fetch rather than EventSource: EventSource cannot send an
// Authorization header, and the alternatives (a key in the URL, a cookie, a one-use ticket) put
// the key, or a second secret, where logs and other ports can see it. A reader on the response
// body sends the same bearer as every other call and needs no extra state on the server.
const RETRY_MS = 2000;

// The host's own refusal of the key (RFC 6750's header), not an error some method returned.
export const isKeyRefused = (response: Response): boolean =>
  response.status === 401 && (response.headers.get('WWW-Authenticate') ?? '').startsWith('Bearer');

// Splits the stream into events (a blank line ends one) and returns their `data:` payloads.
export const sseParser = (): ((chunk: string) => string[]) => {
  let buffer = '';
  return (chunk) => {
    buffer += chunk.replace(/\r\n?/g, '\n');
    const payloads: string[] = [];
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).replace(/^ /, ''));
      if (data.length > 0) payloads.push(data.join('\n'));
      end = buffer.indexOf('\n\n');
    }
    return payloads;
  };
};

export type EventStreamOptions = {
  url: string;
  headers: () => Record<string, string>;
  onData: (data: string) => void;
  // A 401: the key is gone or wrong, retrying cannot help.
  onUnauthorized: () => void;
  // The stream is open again after a drop or a failed try: whatever was sent meanwhile is lost,
  // so what the page shows must be read again once.
  onReconnect?: () => void;
};

// Opens the stream and reopens it after a drop (the host restarting, a laptop waking up) until closed.
export const openEventStream = ({ url, headers, onData, onUnauthorized, onReconnect }: EventStreamOptions): (() => void) => {
  const controller = new AbortController();
  let retry: ReturnType<typeof setTimeout> | undefined;
  let tries = 0;
  const connect = async (): Promise<void> => {
    tries += 1;
    try {
      const response = await fetch(url, { headers: { Accept: 'text/event-stream', ...headers() }, cache: 'no-store', signal: controller.signal });
      if (isKeyRefused(response)) return onUnauthorized();
      if (!response.ok || !response.body) throw new Error(`event stream answered ${response.status}`);
      if (tries > 1) onReconnect?.();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parse = sseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const data of parse(value)) onData(data);
      }
    } catch {
      // Dropped or refused: try again below, unless the page closed the stream.
    }
    if (!controller.signal.aborted) retry = setTimeout(() => void connect(), RETRY_MS);
  };
  void connect();
  return () => {
    clearTimeout(retry);
    controller.abort();
  };
};
