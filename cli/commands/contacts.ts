import { parseArgs } from 'node:util';
import type { Contact } from '../../api';
import { callCore } from '../call';
import { CliError, formatTable } from '../output';
import { counted } from '../plural';
import { withCore } from '../with-core';
import { nameCell } from '../person-name';

const PAGE = 500;

export const runContacts = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      search: { type: 'string', default: '' },
      limit: { type: 'string' },
      json: { type: 'boolean', default: false },
      demo: { type: 'boolean', default: false },
    },
  });
  const limit = values.limit === undefined ? Number.POSITIVE_INFINITY : Number(values.limit);
  if (!(limit > 0)) throw new CliError('--limit takes a positive number.');

  await withCore(values, async (booted) => {
    const found: Contact[] = [];
    for (let offset = 0; found.length < limit; offset += PAGE) {
      const page = await callCore(booted, 'contacts.list', { search: values.search, sort: 'name', direction: 'asc', offset, limit: Math.min(PAGE, limit - found.length) });
      found.push(...page.rows);
      if (page.rows.length === 0 || offset + page.rows.length >= page.total) break;
    }
    if (values.json) {
      process.stdout.write(`${JSON.stringify(found, null, 2)}\n`);
      return;
    }
    const rows = found.map((c) => [nameCell(c), c.email ?? '', c.phone ?? '', c.company]);
    process.stdout.write(`${formatTable(['Name', 'Email', 'Phone', 'Company'], rows)}\n${counted(found.length, 'contact')}\n`);
  });
};
