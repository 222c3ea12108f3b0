import { parseArgs } from 'node:util';
import type { Contact } from '../../api';
import { callCore } from '../call';
import { CliError, formatTable } from '../output';
import { counted } from '../plural';
import { withCore } from '../with-core';
import { nameCell } from '../person-name';

const PAGE = 500;

const dataOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  demo: { type: 'boolean', default: false },
} as const;

export const runSegments = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({ args: argv, options: dataOptions });
  const segments = await withCore(values, (booted) => callCore(booted, 'segments.list', {}));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(segments.map(({ id, name, count }) => ({ id, name, count })), null, 2)}\n`);
    return;
  }
  const rows = segments.map((s) => [s.id, s.kind === 'custom' ? `${s.name} (custom)` : s.name, String(s.count), s.description]);
  process.stdout.write(`${formatTable(['Id', 'Segment', 'Count', 'Who'], rows, 60)}\n`);
};

export const runSegment = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...dataOptions, limit: { type: 'string' } } });
  const [id, ...extra] = positionals;
  if (!id || extra.length > 0) throw new CliError('Name one segment: relance segment ID (see relance segments for the ids).', 2);
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
  if (!(limit > 0)) throw new CliError('--limit takes a positive number.');

  const found = await withCore(values, async (booted) => {
    const contacts: Contact[] = [];
    for (let offset = 0; contacts.length < limit; offset += PAGE) {
      const page = await callCore(booted, 'segments.contacts', { id, sort: 'name', direction: 'asc', offset, limit: Math.min(PAGE, limit - contacts.length) });
      contacts.push(...page.rows);
      if (page.rows.length === 0 || offset + page.rows.length >= page.total) break;
    }
    return contacts;
  });
  if (values.json) {
    process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
    return;
  }
  const rows = found.map((c) => [nameCell(c), c.email ?? '', c.phone ?? '', c.company]);
  process.stdout.write(`${formatTable(['Name', 'Email', 'Phone', 'Company'], rows)}\n${counted(found.length, 'contact')}\n`);
};
