// Every command's help, apart from the commands themselves: `relance --help` prints it without
// loading core, and each command's code is loaded only when it runs.
import { mailboxPresets } from '../api/mailbox-presets';

export const contactsHelp = `relance contacts [--data-dir DIR] [--search TEXT] [--limit N] [--json] [--demo]

Lists contacts, sorted by name. --search matches the start of words in name, email,
phone and company. --json prints an array of contact objects (each with unsubscribedAt,
ISO 8601 or null, and suppressed: unsubscribed, bounced, complained, erased or null).`;

export const unsubscribeHelp = `relance unsubscribe ID|EMAIL [--json] [--data-dir DIR]

Records that the person asked to hear no more: the date and how it was recorded go in their
consent history, what was planned for them is cancelled (a message already being sent is left
alone), and their address and number go on the suppression list, which outlives the contact.
Doing it again changes nothing. --json prints the contact.`;

export const importHelp = `relance import FILE [--data-dir DIR] [--dry-run] [--mode update|fill|skip] [--country FR] [--json]

Imports contacts and their orders, donations and carts from a CSV, text, vCard or Excel
file. --dry-run shows what would happen without writing. --mode says what to do with
people already in Relance: update them (default), fill only their empty fields, or skip
them. --country is the country of phone numbers written without +country code.`;

export const importsHelp = `relance imports [--data-dir DIR] [--json]      lists past imports
relance undo-import ID [--data-dir DIR] [--json]  takes an import back`;

export const mailboxHelp = `relance mailbox [--data-dir DIR] [--json]
relance mailbox set --smtp-host H --smtp-port N --security tls|starttls|none --user U --from ADDRESS
    [--from-name NAME] [--reply-to ADDRESS] [--preset NAME] [--min-interval SECONDS] [--hourly-cap N]
    [--daily-cap N] [--password-stdin] [--trust-certificate SHA256]
    [--imap-host H --imap-port N --imap-security tls|starttls|none] [--imap-user U]
    [--imap-password-stdin] [--trust-imap-certificate SHA256] [--no-imap] [--data-dir DIR]
relance mailbox test [--send-to ADDRESS | --imap] [--json] [--data-dir DIR]
relance mailbox resume [--data-dir DIR]

Shows, saves, tests or resumes the mailbox Relance sends through. set saves what it is given
(test is what checks it); options left out keep their saved value, and --preset fills the
provider's server, port, security and pacing (${mailboxPresets.map((p) => p.id).join(', ')}).
The password comes from RELANCE_SMTP_PASSWORD or, with --password-stdin, from standard input;
it is kept in the system keychain, or in a file only you can read beside the database, never in
the database. Setting the mailbox again, or resume, resumes a paused mailbox.
When test says the server's certificate cannot be verified, it prints the certificate's SHA-256
fingerprint: compare it with the one your provider publishes, then trust that certificate (and
only it) with set --trust-certificate FINGERPRINT. Verification is never turned off.
The --imap-* options set where Relance reads replies and bounces (a preset fills them); the user
and password are the SMTP ones unless --imap-user is given, with its password from
RELANCE_IMAP_PASSWORD or --imap-password-stdin. test --imap tests that connection; --no-imap
stops reading.`;

export const outboxHelp = `relance outbox [--data-dir DIR] [--view today|upcoming|attention|sent|failed|unknown] [--json] [--demo]

Lists the messages the programs prepared, as planned after the last change: every message once,
in whatever state it is (every view unless --view names one). --json prints an array of
{id, contact {email, firstName, lastName, phone}, program, step, scheduled_at (ISO 8601 UTC),
state, reason, subject, message_id, smtp_code, smtp_response, sent_at}. Without --json, times are
in your time zone (relance settings set timeZone ZONE) with its offset, e.g. 2026-11-25 09:14 +01:00.`;

export const segmentsHelp = `relance segments [--data-dir DIR] [--json] [--demo]

Prints every segment, built-in then custom (saved on the Segments page), with how many
contacts are in it now. Built-in parameters follow Settings (the giving year's first month).
--json prints an array of {id, name, count}.

relance segment ID [--data-dir DIR] [--limit N] [--json] [--demo]

Lists the contacts of one segment (an id from relance segments, built-in or custom), sorted
by name. --json prints an array of contact objects, like relance contacts --json.`;

export const reportHelp = `relance report [--from DATE] [--to DATE] [--data-dir DIR] [--json] [--demo]

Prints what the messages did from --from to --to (calendar days in your time zone, both
included; default: the first of this month to today): per program and step, messages
prepared, sent, bounced, replied, unsubscribed and converted, and the money they brought back
per currency; the cart funnel; donor retention; review requests. Converted: a completed order
or donation within the program's window after a message (Settings: attributionDays), counted
for the last message before it; a refund takes it back. --json prints {from, to, programs:
[{program, step, prepared, sent, bounced, replied, unsubscribed, converted, revenue_minor}],
cart_funnel, donors, reviews}, amounts in minor units (cents).`;

export const sendingHelp = `relance approve ID... | --due [--data-dir DIR] [--json]

Approves messages by id (relance outbox --json shows them), or with --due every scheduled
message whose time has come.

relance send-due [--data-dir DIR] [--max-wait SECONDS] [--json]

Sends what is due through your mailbox, within its pacing, then exits 0 with a summary (sent,
deferred, failed, unknown, paused, waiting). Meant for cron while the app is closed; only one
process sends for a database at a time. --max-wait is how long it may wait between messages for
pacing (default 240); what is left goes on the next run. When the mailbox is read (IMAP), it
reads what is new first, so a reply or a "stop" that arrived is honoured before anything goes.`;

export const checkMailHelp = `relance check-mail [--data-dir DIR] [--json]

Reads what is new in your mailbox (INBOX and the spam folder, read only: nothing is marked read,
moved or deleted), acts on what concerns Relance, then exits 0 with a summary: replies stop the
person's sequences, automatic replies move the next message, bounces and complaints put the
address on the suppression list, unsubscribe requests are honoured, and uncertain messages found
in your Sent folder become sent. JSON keys: looked_at, replies, auto_replies, bounces,
complaints, unsubscribes, sent_confirmed, busy_with, problem, message. Exits 1 when the mailbox
could not be read (message says why). Only one process reads a database's mailbox at a time.`;

export const settingsHelp = `relance settings [--data-dir DIR] [--json]
relance settings set KEY VALUE [--data-dir DIR]

Lists every setting, or changes one. Keys include business.name, business.email (where replies
go), business.address (the postal address every message ends with), send.window (such as
"mon-fri 09:00-18:00" or "mon-sun 00:00-24:00"), timeZone, promoCode, googlePlaceId.
What the cart messages say, each sentence left out while its key is empty: guaranteeFr and
guaranteeEn (such as "30 days to change your mind"), reviewsUrl and faqUrl (https:// pages),
promoOfferFr and promoOfferEn (what the code gives, such as "10% off"), promoCodeFr and
promoCodeEn (a code per language; empty means promoCode).`;

export const webHelp = `relance web [--port N] [--data-dir DIR] [--demo]

Starts the browser host on 127.0.0.1 and prints the address to open (it carries this
session's key). --demo opens a separate demo database filled with sample contacts.`;

export const exportHelp = `relance export contacts --format csv|vcard --out FILE [--delimiter ';'] [--data-dir DIR] [--json]
relance export segment ID --format csv|vcard|meta|google --out FILE [--delimiter ';'] [--data-dir DIR] [--json]
relance export audience ID --format meta|google --out FILE [--data-dir DIR] [--json]

Writes contacts to FILE, readable by you only: every contact, or a segment's members (ids as
relance segments prints them). csv opens in Excel and LibreOffice (UTF-8 with BOM; --delimiter
';' for a French Excel, ',' by default) and imports back into Relance; vcard is vCard 4.0.
meta and google write a hashed ad audience, warning under 100 people (neither platform can
match fewer):

  What leaves your computer: for each person who consented, their email address, phone number,
  first and last name, postal code and country, each turned into a SHA-256 hash here before the
  file is written (Google gets the country and postal code as they are). The platform compares
  these hashes with its own users' to choose who sees your ads. A hash cannot be read back, but
  a known address can be recognised from it: the file is still personal data, so upload it only
  to your own ad account and delete it afterwards. People who unsubscribed, bounced, complained,
  were erased or did not give their consent are never in it.

  Ce qui quitte votre ordinateur : pour chaque personne qui a donné son consentement, son adresse
  e-mail, son numéro de téléphone, son prénom et son nom, son code postal et son pays, chacun
  transformé ici en empreinte SHA-256 avant l'écriture du fichier (Google reçoit le pays et le
  code postal tels quels). La plateforme compare ces empreintes à celles de ses utilisateurs pour
  choisir qui voit vos publicités. Une empreinte ne se relit pas, mais une adresse connue s'y
  reconnaît : le fichier reste une donnée personnelle ; ne l'envoyez qu'à votre propre compte
  publicitaire et supprimez-le ensuite. Les personnes désabonnées, en erreur, plaignantes,
  effacées ou sans consentement n'y figurent jamais.

Each export is noted in the privacy log with its count.`;

export const dataRightsHelp = `relance export-person ID|EMAIL [--out FILE] [--data-dir DIR]
relance erase ID|EMAIL [--json] [--data-dir DIR]

export-person prints everything Relance holds on one person as JSON (contact, consent history,
timeline, messages, suppression status, imports that touched them); --out FILE writes it to a
file instead. erase removes all of it at once, with no question asked: only a hash of their
address and number stays on the suppression list, so no import brings them back.`;

export const backupHelp = `relance backup FILE [--data-dir DIR] [--json] [--demo]
relance restore FILE [--data-dir DIR] [--json] [--demo]

backup copies the whole database into FILE with SQLite's online backup (the app may stay open),
checks the copy with SQLite's integrity check before saying it is done, and makes it readable by
you only; the progress goes to standard error. While the app or the browser host is open it also
keeps a backup a day in backups/ beside the database (the last 7).
restore puts FILE in place of the database: it refuses a file that is not a Relance database,
one written by a newer version, or a damaged one, and refuses while Relance has the database open
(close it, or restore from Settings → Backups). The current database is kept in backups/ first
(relance-pre-restore-…). A backup from an older version is brought up to date, and messages that
were queued or being sent in it wait under "Uncertain" (relance outbox --view unknown): they may
have gone after the backup was made, so none is sent twice. What the current database sent since
stays sent, and whoever unsubscribed, complained, bounced or was erased since stays so; the output
says how many (--json: carried, null when the current database could not be read).`;
