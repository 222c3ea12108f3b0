import type { MailboxPause, ProgramId, SendSummary } from '../../api';
import type { Db } from '../../db/open-database';
import { isCampaignDue, lastReactivationRun } from '../outbox/reactivation-clock';
import { SWITCH_KEYS } from '../programs/program-switch';
import { readStoredValue } from '../settings/stored-values';
import { DUE_CONDITION } from './due-condition';
import { SEND_LEASE } from './lease';
import { MAILBOX_KEYS } from './mailbox-keys';

type Sqlite = Db['$client'];

export const emptySummary = (): SendSummary => ({ sent: 0, deferred: 0, failed: 0, unknown: 0, paused: 0, waiting: 0, held: 0, busyWith: null, mailboxPaused: null, stoppedBy: null });

// A switch as stored, unchecked: what the owner saved, or nothing when they never changed it.
type StoredSwitch = { isEnabled?: unknown; isAutomatic?: unknown; autoEveryMonths?: unknown } | undefined;
const storedSwitch = (sqlite: Sqlite, key: string): StoredSwitch => {
  const value = readStoredValue(sqlite, key);
  return typeof value === 'object' && value !== null ? (value as StoredSwitch) : undefined;
};

// The programs that may send by themselves. Read without the settings' schema, which costs more
// to load than the rest of this look: a value the schema would refuse gives way to its default,
// and every default is "review before sending" (nothing-to-send.test.ts holds to that), so a
// stored `isAutomatic: true` is the only way a program can be automatic. This list may name one
// more than the pass would; never one fewer.
const maybeAutomatic = (sqlite: Sqlite): ProgramId[] =>
  (Object.entries(SWITCH_KEYS) as [ProgramId, string][]).filter(([, key]) => storedSwitch(sqlite, key)?.isAutomatic === true).map(([program]) => program);

// Whether a reactivation campaign on a rhythm may be due (scheduled-reactivation.ts). By default
// no rhythm is set, so only a stored, enabled, non-zero rhythm can make one due.
const mayStartCampaign = (sqlite: Sqlite, now: number): boolean => {
  const reactivation = storedSwitch(sqlite, 'reactivation');
  const every = reactivation?.autoEveryMonths;
  if (reactivation?.isEnabled !== true || typeof every !== 'number' || every === 0) return false;
  return isCampaignDue(lastReactivationRun(sqlite), every, now);
};

// True only when a sending pass at `now` would change nothing and send nothing: no lease to take
// over or report (a holder sending now, one that died), no message left mid-send, no pause whose
// end came, no campaign on a rhythm due, and nothing due. Reads only. When it says false, the
// pass runs as ever and decides for itself.
export const isNothingToSend = (sqlite: Sqlite, now: number): boolean => {
  if (sqlite.prepare('SELECT 1 FROM leases WHERE name = ?').get(SEND_LEASE)) return false;
  if (sqlite.prepare("SELECT 1 FROM outbox WHERE state = 'sending' LIMIT 1").get()) return false;
  const pause = (readStoredValue(sqlite, MAILBOX_KEYS.pause) as MailboxPause | undefined) ?? null;
  if (pause?.until && Date.parse(pause.until) <= now) return false;
  if (mayStartCampaign(sqlite, now)) return false;
  const due = sqlite.prepare(`SELECT 1 FROM outbox o WHERE ${DUE_CONDITION} LIMIT 1`).get({ now, automatic: JSON.stringify(maybeAutomatic(sqlite)) });
  return due === undefined;
};
