import { describe, expect, it } from 'vitest';
import type { MethodInput } from '../../api';
import { callThrough, useTempCore } from '../test-support/temp-core';

// "These are my customers: soft opt-in", chosen in the preview: every contact of the file with no
// basis gets soft opt-in with the file as evidence; a basis or an opt-out (in the file or already
// recorded) stays. The dry run counts what the import then does. Real core, real SQLite file.
const T = Date.UTC(2026, 11, 7, 10);
const clock = { now: () => new Date(T) };
const boot = useTempCore('file-basis-import', clock);
const call = callThrough(boot);

const FILE = [
  'Email,First Name,Legal basis,Unsubscribed',
  'ana@example.com,Ana,,',
  'ben@example.com,Ben,consent,',
  'cleo@example.com,Cléo,,yes',
  'dora@example.com,Dora,,',
  'eli@example.com,Eli,,',
  'fay@example.com,Fay,,',
];

const run = async (isDryRun: boolean, fileBasis: 'soft-opt-in' | null = 'soft-opt-in') => {
  const staged = boot().stageFile('clients.csv', new TextEncoder().encode(FILE.join('\r\n')));
  return boot().imports.runNow({ fileId: staged.fileId, mapping: null, mode: 'update', country: 'FR', fileBasis }, isDryRun);
};
const byEmail = async (email: string) => (await call('contacts.list', { search: email })).rows[0]!;
const create = (input: MethodInput<'contacts.create'>) => call('contacts.create', input);

describe('the whole file as soft opt-in customers', () => {
  it('fills only the silences, with the file as evidence, and the dry run says what the import does', async () => {
    // Already here: Dora with her own consent, Eli who unsubscribed, Fay with no basis.
    await create({ firstName: 'Dora', email: 'dora@example.com', consent: { basis: 'consent', source: 'shop form', at: '2026-05-01T00:00:00.000Z' } });
    const eli = await create({ firstName: 'Eli', email: 'eli@example.com' });
    await call('contacts.unsubscribe', { id: eli.id });
    await create({ firstName: 'Fay', email: 'fay@example.com' });

    const dry = await run(true);
    expect(dry.commit).toBeNull();
    const done = await run(false);
    expect(done.preview.counts).toEqual(dry.preview.counts);
    expect(dry.preview.counts).toMatchObject({ create: 3, update: 1, skip: 2 });

    const ana = await byEmail('ana@example.com');
    expect(ana.consent).toEqual({ basis: 'soft-opt-in', source: 'declared for the whole file clients.csv', at: new Date(T).toISOString() });
    const [record] = (await call('imports.list', {}));
    const history = await call('contacts.consentHistory', { id: ana.id });
    expect(history.changes[0]).toMatchObject({
      basis: 'soft-opt-in',
      origin: 'import',
      evidence: `legal basis: soft-opt-in, declared by the owner for the file's contacts, in clients.csv of 2026-12-07 (import ${record!.id})`,
    });
    expect((await byEmail('ben@example.com')).consent?.basis).toBe('consent');
    const cleo = await byEmail('cleo@example.com');
    expect(cleo.consent).toBeNull();
    expect(cleo.unsubscribedAt).not.toBeNull();
    expect((await byEmail('dora@example.com')).consent).toMatchObject({ basis: 'consent', source: 'shop form' });
    const eliAfter = await byEmail('eli@example.com');
    expect(eliAfter.consent).toBeNull();
    expect(eliAfter.unsubscribedAt).not.toBeNull();
    expect((await byEmail('fay@example.com')).consent?.basis).toBe('soft-opt-in');

    await call('imports.undo', { id: record!.id });
    expect((await byEmail('fay@example.com')).consent).toBeNull();
  });

  it('leaves the file as it is when the owner does not say so', async () => {
    await run(false, null);
    expect((await byEmail('ana@example.com')).consent).toBeNull();
  });
});
