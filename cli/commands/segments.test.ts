import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, type Contact } from '../../api';
import { bootCore } from '../../core/boot';
import { repoRoot, runCli } from '../test-support/run-cli';

const relance = (...args: string[]) => runCli(join(dir, 'never-used'), ...args);

let dir: string;
let dataDir: string;
let customId: string;
const customName = "Donateurs 💛 'fidèles'";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-segments-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder: join(repoRoot, 'db', 'migrations'), host: 'cli' });
  try {
    const create = booted.handlers['contacts.create'];
    for (const person of [
      { firstName: 'Zoé', kind: 'donor', email: 'zoe@example.fr' },
      { firstName: 'Adam', kind: 'donor', email: 'adam@example.fr' },
      { firstName: 'Bea', kind: 'customer', email: 'bea@example.fr' },
    ]) {
      await create(contract['contacts.create'].input.parse(person));
    }
    const input = contract['segments.save'].input.parse({ name: customName, filter: { conditions: [{ field: 'kind', op: 'is', value: 'donor' }] } });
    customId = (await booted.handlers['segments.save'](input)).id;
  } finally {
    booted.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relance segments with custom segments', () => {
  it('prints custom segments after the built-in ones, as {id, name, count}', async () => {
    const run = await relance('segments', '--data-dir', dataDir, '--json');
    expect(run.stderr).toBe('');
    const segments = JSON.parse(run.stdout) as { id: string; name: string; count: number }[];
    expect(segments).toHaveLength(9);
    expect(segments.at(-1)).toEqual({ id: customId, name: customName, count: 2 });
  });

  it('prints the table with the custom segment’s sentence', async () => {
    const run = await relance('segments', '--data-dir', dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${customName} (custom)`);
    expect(run.stdout).toContain('Contacts who are donors.');
  });

  it('lists the members of a custom segment by its id', async () => {
    const run = await relance('segment', customId, '--data-dir', dataDir, '--json');
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Contact[]).map((c) => c.firstName)).toEqual(['Adam', 'Zoé']);
  });
});
