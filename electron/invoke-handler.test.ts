import { describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../api';
import { assertTrustedSender, createInvokeHandler } from './invoke-handler';

type FakeFrame = { url: unknown; parent: unknown };
const eventFrom = (senderFrame: FakeFrame | null | undefined) => ({ senderFrame }) as never;

const topFrame = { url: 'app://crm/index.html', parent: null };
const trusted = eventFrom(topFrame);

// Only the methods a test calls; dispatch validates input before any of them runs.
const makeHandlers = () => {
  const contact = { id: 'c1' };
  const fakes = {
    'app.info': vi.fn((): unknown => ({ version: '0.1.0', dataDir: '/tmp', isDemo: false, host: 'electron' })),
    'contacts.get': vi.fn(({ id }: { id: string }) => ({ ...contact, id })),
    'contacts.update': vi.fn(() => contact),
  };
  return Object.assign(fakes as unknown as Handlers, { fakes });
};

describe('assertTrustedSender', () => {
  it('trusts the top frame of an app:// page', () => expect(assertTrustedSender(trusted)).toBe(true));
  it.each([
    ['no frame', eventFrom(null)],
    ['an undefined frame', eventFrom(undefined)],
    ['a subframe', eventFrom({ url: 'app://crm/index.html', parent: topFrame })],
    ['a page that navigated away', eventFrom({ url: 'https://evil.example/', parent: null })],
    ['a lookalike host', eventFrom({ url: 'app://crm.evil/index.html', parent: null })],
    ['a file:// page', eventFrom({ url: 'file:///tmp/index.html', parent: null })],
    ['a frame without a url', eventFrom({ url: undefined, parent: null })],
  ])('refuses %s', (_name, event) => expect(assertTrustedSender(event)).toBe(false));
});

describe('createInvokeHandler', () => {
  it('calls core for a trusted, valid call and returns its value', async () => {
    const handlers = makeHandlers();
    const result = await createInvokeHandler(handlers)(trusted, 'contacts.get', { id: 'c9' });
    expect(result).toEqual({ ok: true, value: { id: 'c9' } });
    expect(handlers.fakes['contacts.get']).toHaveBeenCalledWith({ id: 'c9' });
  });

  it('refuses an untrusted sender before looking at the method', async () => {
    const handlers = makeHandlers();
    const invoke = createInvokeHandler(handlers);
    for (const event of [eventFrom(null), eventFrom({ url: 'https://evil.example/', parent: null }), eventFrom({ url: 'app://crm/', parent: topFrame })]) {
      const result = await invoke(event, 'no.such.method', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(handlers.fakes['contacts.get']).not.toHaveBeenCalled();
  });

  it.each([['no.such.method'], ['__proto__'], ['constructor'], [42], [undefined]])('answers NOT_FOUND for method %s', async (method) => {
    const result = await createInvokeHandler(makeHandlers())(trusted, method, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers VALIDATION with field paths and never calls core with bad input', async () => {
    const handlers = makeHandlers();
    const invoke = createInvokeHandler(handlers);
    const result = await invoke(trusted, 'contacts.update', { id: 'c1', patch: { country: 'france' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'patch.country' }] } });
    const missing = await invoke(trusted, 'contacts.get', { id: 42 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'id' }] } });
    expect(handlers.fakes['contacts.update']).not.toHaveBeenCalled();
  });

  it('turns a crash inside core into INTERNAL data without the stack', async () => {
    const handlers = makeHandlers();
    handlers.fakes['app.info'].mockImplementation(() => {
      throw new Error('disk on fire at /secret/path');
    });
    const onUnexpected = vi.fn();
    const result = await createInvokeHandler(handlers, onUnexpected)(trusted, 'app.info', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('/secret/path');
    expect(onUnexpected).toHaveBeenCalledOnce();
  });

  it('never throws, even when reading the sender frame does', async () => {
    const event = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as never;
    const result = await createInvokeHandler(makeHandlers(), () => {})(event, 'app.info', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});
