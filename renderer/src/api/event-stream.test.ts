import { describe, expect, it } from 'vitest';
import { isKeyRefused, sseParser } from './event-stream';

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
