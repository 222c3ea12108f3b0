// English texts of the data rights (download a person's data, erase, the privacy log), spread
// into en.ts; fr-rights.ts has the same keys.
export const enRights = {
  'rights.download': 'Download their data',
  'rights.downloaded': '{file} holds everything Relance keeps on {name}.',

  'remove.choice': 'What should happen to {name}?',
  'remove.delete': 'Delete',
  'remove.deleteHint': 'The contact, their tags, timeline and messages leave Relance; a later import may bring them back.',
  'remove.erase': 'Erase for good',
  'remove.eraseHint':
    'Everything Relance holds on them goes for good, import history included; only a fingerprint (hash) of their address and number is kept, so no import ever brings them back.',
  'remove.eraseConfirm': 'I understand: everything about {name} is erased, and this cannot be undone.',
  'remove.confirmDelete': 'Delete',
  'remove.confirmErase': 'Erase for good',
  'remove.cancel': 'Keep',
  'erase.done': '{name} was erased. Only a fingerprint of their address and number is kept, so they never come back.',

  'import.counts.erasedSkipped.one': 'erased person, skipped',
  'import.counts.erasedSkipped.other': 'erased people, skipped',
  'import.result.erasedSkipped.one': '{count} row of an erased person skipped.',
  'import.result.erasedSkipped.other': '{count} rows of erased people skipped.',

  'audit.title': 'Privacy log',
  'audit.intro':
    'What was done with people’s data and with your mailbox: consent changes, unsubscribes, suppressions, erasures, exports and mailbox changes. Contacts appear by their id only, never by name or address.',
  'audit.empty': 'Nothing recorded yet.',
  'audit.loading': 'Loading the privacy log…',
  'audit.time': 'Time',
  'audit.actionColumn': 'Action',
  'audit.originColumn': 'Origin',
  'audit.contact': 'Contact id',
  'audit.detail': 'Detail',
  'audit.count.one': '{shown} of {count} entry',
  'audit.count.other': '{shown} of {count} entries',
  'audit.more': 'Show older entries',
  'audit.export': 'Download as CSV',
  'audit.action.consent': 'Legal basis changed',
  'audit.action.unsubscribe': 'Unsubscribed',
  'audit.action.suppress': 'Suppressed',
  'audit.action.erase': 'Erased',
  'audit.action.export': 'Data exported',
  'audit.action.mailbox': 'Mailbox changed',
  'audit.origin.ui': 'Interface',
  'audit.origin.cli': 'Command line',
  'audit.origin.import': 'Import',
  'audit.origin.mailbox': 'Mailbox reader',
} as const;
