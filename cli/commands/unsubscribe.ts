import { parseArgs } from 'node:util';
import { callCore } from '../call';
import { findContact } from '../find-contact';
import { CliError } from '../output';
import { ownerDay, ownerZoneOf } from '../owner-time';
import { withCore } from '../with-core';
import { nameText } from '../person-name';

// relance unsubscribe ID|EMAIL: the person asked to hear no more. Doing it again changes nothing.
export const runUnsubscribe = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false }, demo: { type: 'boolean', default: false } },
  });
  const [who, ...extra] = positionals;
  if (!who || extra.length > 0) throw new CliError('Name one contact: relance unsubscribe ID|EMAIL. Run relance --help for the options.', 2);
  await withCore(values, async (booted) => {
    const contact = await findContact(booted, who);
    const wasUnsubscribed = contact.unsubscribedAt !== null;
    const after = await callCore(booted, 'contacts.unsubscribe', { id: contact.id });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(after, null, 2)}\n`);
      return;
    }
    const name = nameText(after) || after.email || after.phone || after.id;
    const since = ownerDay(after.unsubscribedAt!, await ownerZoneOf(booted));
    process.stdout.write(
      wasUnsubscribed
        ? `${name} had already unsubscribed on ${since}; nothing more to do.\n`
        : `${name} is unsubscribed (${since}): nothing planned for them will go, and their address and number are on the suppression list.\n`,
    );
  });
};
