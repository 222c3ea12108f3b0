import { parseArgs } from 'node:util';
import { callCore } from '../call';
import { CliError, formatTable } from '../output';
import { withCore } from '../with-core';

export const runImports = async (argv: string[]): Promise<void> => {
  const { values } = parseArgs({ args: argv, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } } });
  await withCore({ ...values, demo: false }, async (booted) => {
    const imports = await callCore(booted, 'imports.list', {});
    if (values.json) return void process.stdout.write(`${JSON.stringify(imports, null, 2)}\n`);
    const rows = imports.map((i) => [i.id, i.createdAt.slice(0, 16).replace('T', ' '), i.fileName, String(i.created), String(i.updated), String(i.rejected), String(i.events), i.undoneAt ? 'undone' : '']);
    console.log(formatTable(['Id', 'Date (UTC)', 'File', 'Created', 'Updated', 'Rejected', 'Events', ''], rows, 60));
  });
};

export const runUndoImport = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false } } });
  const id = positionals[0];
  if (!id) throw new CliError('Name the import to undo: relance undo-import ID (relance imports lists them).', 2);
  await withCore({ ...values, demo: false }, async (booted) => {
    const result = await callCore(booted, 'imports.undo', { id });
    if (values.json) return void process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    console.log(`Undone: ${result.fileName} (${result.created} contacts removed, ${result.updated} restored, ${result.events} events removed).`);
  });
};
