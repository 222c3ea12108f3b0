import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../api';
import { bootCore } from '../core/boot';
import { formatTable } from './output';
import { repoRoot, runCli } from './test-support/run-cli';

// A right-to-left override typed in a first name (U+202E) must not reverse the last name or the
// columns beside it on a terminal: the CLI prints names between FSI (U+2068) and PDI (U+2069).
const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';

let dir: string;
let dataDir: string;
const relance = (...args: string[]) => runCli(join(dir, 'never-used'), ...args);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'relance-cli-names-'));
  dataDir = join(dir, 'data');
  const booted = bootCore({ dataDir, migrationsFolder: join(repoRoot, 'db', 'migrations'), host: 'cli' });
  try {
    const create = booted.handlers['contacts.create'];
    await create(contract['contacts.create'].input.parse({ firstName: `Ana${RLO}lirpa`, lastName: 'Duval', email: 'ana@example.com' }));
    await create(contract['contacts.create'].input.parse({ firstName: 'Ben', lastName: 'Okafor', email: 'ben@example.com' }));
  } finally {
    booted.close();
  }
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('names on a terminal', () => {
  it('are isolated in the contacts table, the part with the override on its own', async () => {
    const run = await relance('contacts', '--data-dir', dataDir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`${FSI}${FSI}Ana${RLO}lirpa${PDI} Duval${PDI}`);
    expect(run.stdout).toContain(`${FSI}Ben Okafor${PDI}`);
  });

  it('keep their columns aligned and their isolates closed when cut', () => {
    const long = `${FSI}${'x'.repeat(50)}${PDI}`;
    const lines = formatTable(['Name', 'Email'], [[`${FSI}Ben Okafor${PDI}`, 'ben@example.com'], [long, 'x@example.com']]).split('\n');
    const visible = (line: string) => line.replace(/[\u2066-\u2069]/g, '');
    expect(visible(lines[2]!).indexOf('ben@')).toBe(visible(lines[0]!).indexOf('Email'));
    expect(visible(lines[3]!).indexOf('x@')).toBe(visible(lines[0]!).indexOf('Email'));
    expect(lines[3]!.split(FSI).length).toBe(lines[3]!.split(PDI).length);
  });
});
