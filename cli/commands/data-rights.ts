import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { callCore } from '../call';
import { findContact } from '../find-contact';
import { CliError } from '../output';
import { counted } from '../plural';
import { withCore } from '../with-core';
import { nameText } from '../person-name';

const nameOf = (contact: { firstName: string; lastName: string; id: string }): string => nameText(contact) || contact.id;

const onePerson = (positionals: string[], command: string): string => {
  const [who, ...extra] = positionals;
  if (!who || extra.length > 0) throw new CliError(`Name one contact: relance ${command} ID|EMAIL. Run relance --help for the options.`, 2);
  return who;
};

// relance export-person ID|EMAIL: everything Relance holds on them, as JSON on stdout or in a file.
export const runExportPerson = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, out: { type: 'string' }, demo: { type: 'boolean', default: false } },
  });
  const who = onePerson(positionals, 'export-person');
  await withCore(values, async (booted) => {
    const contact = await findContact(booted, who);
    const document = await callCore(booted, 'contacts.exportPerson', { id: contact.id });
    const json = `${JSON.stringify(document, null, 2)}\n`;
    if (!values.out) {
      process.stdout.write(json);
      return;
    }
    const file = resolve(values.out);
    writeFileSync(file, json, { mode: 0o600 });
    process.stdout.write(`Wrote everything Relance holds on ${nameOf(contact)} to ${file}.\n`);
  });
};

// relance erase ID|EMAIL: acts at once (the interface is where a confirmation is asked).
export const runErase = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false }, demo: { type: 'boolean', default: false } },
  });
  const who = onePerson(positionals, 'erase');
  await withCore(values, async (booted) => {
    const contact = await findContact(booted, who);
    const result = await callCore(booted, 'contacts.erase', { id: contact.id });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return;
    }
    const { events = 0, messages = 0, importChanges = 0 } = result.removed;
    const kept = result.suppressed.length === 0 ? '' : `; only a hash of their ${result.suppressed.map((c) => (c === 'email' ? 'address' : 'number')).join(' and ')} stays, so no import brings them back`;
    process.stdout.write(
      `Erased ${nameOf(contact)} (${contact.id}): the contact, ${counted(events, 'timeline event')}, ${counted(messages, 'message')} and ${counted(importChanges, 'import record')}${kept}.\n`,
    );
  });
};
