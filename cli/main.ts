import { asDomainError, DomainError } from '../core/errors';
import { storageProblem } from '../core/file-problems/file-problems';
import { DatabaseNewerError, MigrationIntegrityError } from '../db/errors';
import {
  backupHelp, checkMailHelp, contactsHelp, dataRightsHelp, exportHelp, unsubscribeHelp, importHelp, importsHelp, mailboxHelp, outboxHelp, reportHelp, segmentsHelp, sendingHelp, settingsHelp, webHelp,
} from './help-texts';
import { CliError } from './output';

const HELP = `Relance: win back people who already showed interest.

Usage: relance <command> [options]

Commands:
  web         start the browser host and print the address to open
  contacts    list contacts
  unsubscribe record that a person asked to hear no more
  export      write contacts, a segment or a hashed ad audience to a file
  export-person  print everything Relance holds on one person (JSON)
  erase       erase one person for good (only a hash stays)
  import      import contacts and events from a file
  imports     list past imports
  undo-import take an import back
  segments    count the contacts in each segment, built-in and custom
  segment     list the contacts of one segment
  report      what the messages brought back over a range of days
  outbox      list the messages the programs prepared
  approve     approve messages, or every one whose time has come
  send-due    send what is due through your mailbox (for cron)
  check-mail  read replies, bounces and unsubscribes from your mailbox (for cron)
  mailbox     show, set, test or resume the mailbox Relance sends through
  settings    list the settings, or change one
  backup      copy the whole database into a file, verified
  restore     put a backup in place of the database (the current one is kept)

Common options:
  --data-dir DIR   where the database lives (default: RELANCE_DATA_DIR, else ~/.local/share/relance)
  --help           help for a command

${webHelp}

${contactsHelp}

${unsubscribeHelp}

${exportHelp}

${dataRightsHelp}

${importHelp}

${importsHelp}

${segmentsHelp}

${reportHelp}

${outboxHelp}

${sendingHelp}

${checkMailHelp}

${mailboxHelp}

${settingsHelp}

${backupHelp}
`;

type Run = (argv: string[]) => void | Promise<void>;

// Each command's code is loaded when it runs: a cron `send-due` does not load the importer.
const COMMANDS: Record<string, () => Promise<Run>> = {
  web: async () => (await import('./commands/web')).runWeb,
  contacts: async () => (await import('./commands/contacts')).runContacts,
  unsubscribe: async () => (await import('./commands/unsubscribe')).runUnsubscribe,
  export: async () => (await import('./commands/export')).runExport,
  'export-person': async () => (await import('./commands/data-rights')).runExportPerson,
  erase: async () => (await import('./commands/data-rights')).runErase,
  import: async () => (await import('./commands/import')).runImport,
  imports: async () => (await import('./commands/imports')).runImports,
  'undo-import': async () => (await import('./commands/imports')).runUndoImport,
  segments: async () => (await import('./commands/segments')).runSegments,
  segment: async () => (await import('./commands/segments')).runSegment,
  report: async () => (await import('./commands/report')).runReport,
  outbox: async () => (await import('./commands/outbox')).runOutbox,
  approve: async () => (await import('./commands/sending')).runApprove,
  'send-due': async () => (await import('./commands/send-due')).runSendDue,
  'check-mail': async () => (await import('./commands/check-mail')).runCheckMail,
  mailbox: async () => (await import('./commands/mailbox')).runMailbox,
  settings: async () => (await import('./commands/settings')).runSettings,
  backup: async () => (await import('./commands/backup')).runBackup,
  restore: async () => (await import('./commands/backup')).runRestore,
};

const main = async (argv: string[]): Promise<void> => {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help')) {
    process.stdout.write(HELP);
    return;
  }
  const load = COMMANDS[command];
  if (!load) throw new CliError(`Unknown command "${command}". Run relance --help to see the commands.`, 2);
  await (await load())(rest);
};

try {
  await main(process.argv.slice(2));
} catch (thrown) {
  // A busy database (an import saving in the app meanwhile) is said in a sentence, as the app
  // says it, rather than as a stack.
  // So is a full disk, a folder it may not write in, or a damaged file.
  const error = asDomainError(thrown) ?? storageProblem(thrown) ?? thrown;
  const isKnown = error instanceof CliError || error instanceof DatabaseNewerError || error instanceof MigrationIntegrityError || error instanceof DomainError;
  const isUsage = error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
  if (isKnown || isUsage) {
    process.stderr.write(`relance: ${(error as Error).message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : isUsage ? 2 : 1;
  } else {
    throw error;
  }
}
