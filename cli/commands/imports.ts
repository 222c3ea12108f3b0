import { parseArgs } from 'node:util';
import { callCore } from '../call';
import { CliError, formatTable } from '../output';
import { ownerTime, ownerZoneOf } from '../owner-time';
import { counted } from '../plural';
import { withCore } from '../with-core';

export const runImports = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } } });
  await withCore({ ...values, demo: false }, async (booted) => {
    const imports = await callCore(booted, 'imports.list', {});
    if (values.json) return void process.stdout.write(`${JSON.stringify(imports, null, 2)}\n`);
    const zone = await ownerZoneOf(booted);
    const rows = imports.map((i) => [i.id, ownerTime(i.createdAt, zone), i.fileName, String(i.created), String(i.updated), String(i.rejected), String(i.events), i.undoneAt ? 'undone' : '']);
    console.log(formatTable(['Id', 'Date', 'File', 'Created', 'Updated', 'Rejected', 'Events', ''], rows, 60));
  });
};

export const runUndoImport = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } } });
  const id = positionals[0];
  if (!id) throw new CliError('Name the import to undo: relance undo-import ID (relance imports lists them).', 2);
  await withCore({ ...values, demo: false }, async (booted) => {
    const result = await callCore(booted, 'imports.undo', { id });
    if (values.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    console.log(`Undone: ${result.fileName} (${counted(result.created, 'contact')} removed, ${result.updated} restored, ${counted(result.events, 'event')} removed).`);
  });
};
