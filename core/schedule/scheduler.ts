import type { CheckMailSummary, SendSummary } from '../../api';
import type { CoreContext } from '../context';
import { updateOutbox } from '../outbox/outbox-queries';
import { refreshOutbox } from '../outbox/refresh-outbox';
import { runDueReactivation } from '../outbox/scheduled-reactivation';
import { checkMail } from '../reading/check-mail';
import { readLastCheck } from '../reading/reading-store';
import { dueMessages } from '../sending/claim';
import { readMailbox } from '../sending/mailbox-store';
import { sendPass } from '../sending/send-pass';
import { getSettings } from '../settings/settings-store';

export type SchedulerOptions = {
  // Who sends, as the lease names it: "the Relance app", "relance send-due".
  holder: string;
  // How long one pass may wait for pacing between messages (cron: minutes; the app: 0, its timer comes back).
  passWaitMs: number;
  tickMs?: number;
  replanEveryMs?: number;
  // How often the open app reads the mailbox when nothing is due (it also reads before sending).
  readEveryMs?: number;
};

export type Scheduler = {
  start: () => void;
  stop: () => Promise<void>;
  // Started and not stopped since (a restore stops it and starts it again only if it was).
  isRunning: () => boolean;
  // Plans again: some contacts after a change to them, or everything.
  replan: (contactIds?: readonly string[]) => { contacts: number; written: number };
  // One sending pass now (after whatever pass is running).
  sendNow: () => Promise<SendSummary>;
  // A pass soon, without waiting for it (an approval, a resumed mailbox).
  kick: () => void;
  // Reads the mailbox now (after whatever pass is running) and re-plans the contacts it touched.
  checkMailNow: () => Promise<CheckMailSummary>;
};

// A stop must be honoured before the next send (C7): a pass with something due reads the
// mailbox first, unless it was read this recently.
const FRESH_READ_MS = 30_000;

// When things run (docs/architecture.md): reading never plans. The scheduler plans after changes and on a
// timer, and sends what is due; each host starts it, and `relance send-due` runs one pass of it.
export const createScheduler = (ctx: CoreContext, options: SchedulerOptions): Scheduler => {
  let running: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let lastPlan = 0;
  let isStopped = true;

  const replan = (contactIds?: readonly string[]) => {
    const result = contactIds ? refreshOutbox(ctx, contactIds) : updateOutbox(ctx);
    if (!contactIds) lastPlan = ctx.clock.now().getTime();
    ctx.events.emit({ type: 'outbox.changed' });
    return result;
  };

  // A pass starts with what time alone makes due (a reactivation campaign every N months; the
  // rest is planned when it changes), and re-plans the contacts it sent to: a sent step sets
  // when the next one goes, a sent review request brings its reminder.
  const isReadingSetUp = () => readMailbox(ctx.db.$client)?.imap != null;
  const readAge = () => ctx.clock.now().getTime() - (readLastCheck(ctx.db.$client)?.at ?? 0);

  const read = async (): Promise<CheckMailSummary> => {
    const { summary, touched } = await checkMail(ctx, options.holder);
    if (touched.size > 0) replan([...touched]);
    return summary;
  };

  const checkMailNow = (): Promise<CheckMailSummary> => {
    const pass = running.then(read);
    running = pass.catch(() => undefined);
    return pass;
  };

  const sendNow = (): Promise<SendSummary> => {
    const pass = running.then(async () => {
      const now = ctx.clock.now().getTime();
      if (isReadingSetUp() && readAge() >= FRESH_READ_MS && dueMessages(ctx.db.$client, getSettings(ctx), now).length > 0) await read();
      runDueReactivation(ctx);
      const { summary, touched } = await sendPass(ctx, { holder: options.holder, maxWaitMs: options.passWaitMs });
      if (touched.size > 0) refreshOutbox(ctx, [...touched]);
      return summary;
    });
    running = pass.catch(() => undefined);
    return pass;
  };

  const tick = async () => {
    if (isStopped) return;
    try {
      if (ctx.clock.now().getTime() - lastPlan >= (options.replanEveryMs ?? 5 * 60_000)) replan();
      if (isReadingSetUp() && readAge() >= (options.readEveryMs ?? 3 * 60_000)) await checkMailNow();
      await sendNow();
    } catch (error) {
      console.error('Sending pass failed', error);
    }
  };

  return {
    start: () => {
      if (!isStopped) return;
      isStopped = false;
      timer = setInterval(() => void tick(), options.tickMs ?? 30_000);
      timer.unref?.();
      void tick();
    },
    stop: async () => {
      isStopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
    isRunning: () => !isStopped,
    replan,
    sendNow,
    checkMailNow,
    kick: () => {
      if (!isStopped) setTimeout(() => void tick(), 0).unref?.();
    },
  };
};
