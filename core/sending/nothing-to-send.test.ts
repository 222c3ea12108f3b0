import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings, type SendSummary } from '../../api';
import { SWITCH_KEYS } from '../programs/program-switch';
import { writeStoredValue } from '../settings/stored-values';
import { callThrough, useTempCore } from '../test-support/temp-core';
import { acquireLease } from './lease';
import { MAILBOX_KEYS } from './mailbox-keys';
import { emptySummary, isNothingToSend } from './nothing-to-send';

// The look `relance send-due` takes before booting core says "nothing to send" exactly when a
// real pass (the scheduler's, through the contract) sends nothing and changes nothing in the
// file: each state below is set up, looked at, then passed over, and the two must agree.
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Monday 2026-03-09 09:00 UTC.
const T = Date.UTC(2026, 2, 9, 9);
let now = T;
const clock = { now: () => new Date(now) };
const booted = useTempCore('nothing-to-send', clock);
const call = callThrough(booted);
const sqlite = () => booted().database.sqlite;

// Every row of every table, to tell whether a pass wrote anything.
const dump = (): string => {
  const tables = sqlite().prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((table) => [table, (sqlite().prepare(`SELECT * FROM "${table}"`).all() as unknown[]).map((row) => JSON.stringify(row)).sort()]));
};

const isSummaryEmpty = (summary: SendSummary): boolean => JSON.stringify(summary) === JSON.stringify(emptySummary());

// What the look says, then whether the pass did nothing at all.
const lookThenPass = async (): Promise<{ isQuiet: boolean; didNothing: boolean }> => {
  const isQuiet = isNothingToSend(sqlite(), now);
  const before = dump();
  const summary = await call('outbox.sendDue', {});
  return { isQuiet, didNothing: isSummaryEmpty(summary) && dump() === before };
};

const business = { name: 'Atelier Lumière', senderName: 'Claire', replyAddress: 'claire@example.com', postalAddress: '3 rue des Lilas, 69001 Lyon', website: '' };
const everyDay = { days: [0, 1, 2, 3, 4, 5, 6], startHour: 0, endHour: 24 };

let seq = 0;
// A cart abandoned at T: its first message is planned for T + 24 h, waiting for review.
const cart = async (): Promise<string> => {
  seq += 1;
  const contact = await call('contacts.create', { firstName: 'Zoé', lastName: `Quiet${seq}`, email: `zoe${seq}@example.com`, language: 'fr', country: 'FR',
    consent: { basis: 'consent', source: 'shop', at: null } });
  await call('events.log', { contactId: contact.id, type: 'abandoned_cart', occurredAt: new Date(T).toISOString(), amount: '49.00', currency: 'EUR' });
  const planned = await call('outbox.list', { view: 'upcoming', contactId: contact.id });
  return planned.rows.sort((a, b) => a.step - b.step)[0]!.id;
};

beforeEach(async () => {
  now = T;
  await call('settings.update', { business, promoCode: 'MERCI', sendWindow: everyDay });
});

describe('the look before a send-due pass', () => {
  it('rests on every program sending only after review, and no campaign rhythm, by default', () => {
    for (const key of Object.values(SWITCH_KEYS)) expect(defaultSettings[key].isAutomatic).toBe(false);
    expect(defaultSettings.reactivation.autoEveryMonths).toBe(0);
  });

  it('finds nothing in an empty outbox, nor in messages planned for later', async () => {
    expect(await lookThenPass()).toEqual({ isQuiet: true, didNothing: true });
    await cart();
    expect(await lookThenPass()).toEqual({ isQuiet: true, didNothing: true });
  });

  it('finds nothing in a message whose time came but that waits for review', async () => {
    await cart();
    now = T + 2 * DAY;
    expect(await lookThenPass()).toEqual({ isQuiet: true, didNothing: true });
  });

  it('sees an approved message whose time came, and one of a program that sends by itself', async () => {
    const first = await cart();
    await call('outbox.approve', { id: first });
    expect(await lookThenPass()).toEqual({ isQuiet: true, didNothing: true });
    now = T + 2 * DAY;
    expect(await lookThenPass()).toEqual({ isQuiet: false, didNothing: false });

    now = T;
    await cart();
    await call('settings.update', { cartRecovery: { isEnabled: true, isAutomatic: true } });
    now = T + 2 * DAY;
    expect((await lookThenPass()).isQuiet).toBe(false);
  });

  it('sees a lease held by a live sender, one left by a dead one, and a message left mid-send', async () => {
    await cart();
    acquireLease(sqlite(), { holder: 'the Relance app', pid: 1, now, isAlive: () => true });
    expect(await lookThenPass()).toEqual({ isQuiet: false, didNothing: false });
    sqlite().prepare('DELETE FROM leases').run();

    acquireLease(sqlite(), { holder: 'the Relance app', pid: 2 ** 22 + 7, now, isAlive: () => true });
    expect(await lookThenPass()).toEqual({ isQuiet: false, didNothing: false });

    sqlite().prepare("UPDATE outbox SET state = 'sending' WHERE step = 1").run();
    expect(await lookThenPass()).toEqual({ isQuiet: false, didNothing: false });
  });

  it('sees a pause whose end has come, not one still running', async () => {
    await cart();
    writeStoredValue(sqlite(), MAILBOX_KEYS.pause, { since: new Date(T).toISOString(), why: 'quota', reason: 'The server said the daily limit is reached.', smtpResponse: '550 5.4.5 Daily user sending limit exceeded', until: new Date(T + HOUR).toISOString() });
    expect(await lookThenPass()).toEqual({ isQuiet: true, didNothing: true });
    now = T + 2 * HOUR;
    expect(await lookThenPass()).toEqual({ isQuiet: false, didNothing: false });
  });

  it('sees a reactivation campaign whose rhythm came round', async () => {
    // Choosing a rhythm starts the first campaign at once; the next is due six months later.
    await call('settings.update', { reactivation: { ...defaultSettings.reactivation, autoEveryMonths: 6 } });
    expect(await lookThenPass()).toEqual({ isQuiet: true, didNothing: true });
    now = T + 200 * DAY;
    expect(await lookThenPass()).toEqual({ isQuiet: false, didNothing: false });
    expect(await lookThenPass()).toEqual({ isQuiet: true, didNothing: true });
  });
});
