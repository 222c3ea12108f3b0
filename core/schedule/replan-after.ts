import type { MethodName } from '../../api';
import type { Scheduler } from './scheduler';

// Which changes re-plan which contacts (docs/architecture.md: planning follows changes, reading never
// plans). A change to one person re-plans that person; a change that can touch anyone (an
// import, the settings, a template) re-plans everyone with something recent or open.
type Scope = 'all' | ((input: unknown, output: unknown) => string[]);

const idOf = (value: unknown, key: string): string[] => {
  const id = (value as Record<string, unknown> | null)?.[key];
  return typeof id === 'string' ? [id] : [];
};

const PLANS_AFTER: Partial<Record<MethodName, Scope>> = {
  'contacts.create': (_input, output) => idOf(output, 'id'),
  'contacts.update': (_input, output) => idOf(output, 'id'),
  'contacts.setComplaint': (_input, output) => idOf(output, 'id'),
  'contacts.unsubscribe': (_input, output) => idOf(output, 'id'),
  'contacts.delete': () => [],
  'events.log': (_input, output) => idOf(output, 'contactId'),
  'events.delete': (_input, output) => idOf(output, 'contactId'),
  'prospects.logStalled': 'all',
  'imports.undo': 'all',
  'contacts.bulkEdit': 'all',
  'bulkEdits.undo': 'all',
  'settings.update': 'all',
  'templates.update': 'all',
  'templates.reset': 'all',
  'mailbox.save': 'all',
  'backups.restore': 'all',
};

// Changes after which a sending pass should look again soon.
const SENDS_AFTER = new Set<MethodName>(['outbox.approve', 'outbox.approveDue', 'outbox.retry', 'mailbox.save', 'mailbox.resume', 'sending.setPaused']);

export const afterChange = (scheduler: Scheduler, method: MethodName, input: unknown, output: unknown): void => {
  const scope = PLANS_AFTER[method];
  if (scope === 'all') scheduler.replan();
  else if (scope) scheduler.replan(scope(input, output));
  if (SENDS_AFTER.has(method)) scheduler.kick();
};
