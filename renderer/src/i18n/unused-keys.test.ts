import { describe, expect, it } from 'vitest';
import { en } from './en';

// Finds message keys no code uses, so a text whose screen is gone does not stay behind in both
// catalogs. A key is used when the code names it whole (`t('contacts.title')`, a `rule` core sends
// as a key), names its plural base (`counted(t, language, 'bulk.confirm.tag', n)`), or builds it
// from one of the prefixes below with values the code names (`timeline.type.${type}`: every
// `timeline.type.X` needs an `'X'` somewhere, here the list in api/timeline.ts).

// The renderer, and core and api, whose `rule` names reach the screen as keys (describe-error.ts).
// Catalogs and tests do not count: a key only a test names is not used.
const sources = import.meta.glob<string>(
  ['../**/*.{ts,tsx}', '../../../core/**/*.ts', '../../../api/**/*.ts', '!**/*.test.{ts,tsx}', '!**/test-support/**', '!./en.ts', '!./fr.ts', '!./en-*.ts', '!./fr-*.ts'],
  { query: '?raw', import: 'default', eager: true },
);

// Where a key is built from a prefix and a value. Each prefix must appear as the start of a
// template literal in the code (checked below); `anySuffix` when the value is itself put together
// from pieces, so no single word names it; `inRule` for a rule core builds, which the renderer
// shows as `rule.<rule>` (shared/describe-error.ts).
type Prefix = { prefix: string; anySuffix?: boolean; inRule?: boolean };
const DYNAMIC: readonly Prefix[] = [
  { prefix: 'audit.action.' }, // settings/PrivacyLog.tsx
  { prefix: 'audit.origin.' }, // settings/PrivacyLog.tsx
  { prefix: 'backups.kind.' }, // settings/BackupsSection.tsx
  { prefix: 'bulk.confirm.' }, // contacts/BulkEditForm.tsx (counted)
  { prefix: 'bulk.field.' }, // contacts/BulkEditForm.tsx
  { prefix: 'bulk.recent.what.' }, // contacts/RecentChanges.tsx
  { prefix: 'business.' }, // messages/BusinessForm.tsx
  { prefix: 'consent.' }, // contacts/evidence-words.ts, segments/segment-words.ts, segments/ConditionRow.tsx
  { prefix: 'consentHistory.origin.' }, // contacts/ConsentHistorySection.tsx
  { prefix: 'consentRule.' }, // contacts/ConsentHistorySection.tsx
  { prefix: 'error.' }, // shared/describe-error.ts
  { prefix: 'exports.format.' }, // exports/ExportDialog.tsx
  { prefix: 'home.card.' }, // home/segment-text.ts (zero, one, other)
  { prefix: 'home.span.' }, // home/segment-text.ts (one, other)
  { prefix: 'import.dateOrder.', anySuffix: true }, // core/imports/map/date-order.ts joins two words
  { prefix: 'import.eventType.' }, // imports/ImportOptions.tsx
  { prefix: 'import.kind.' }, // imports/ImportOptions.tsx
  { prefix: 'import.mode.' }, // imports/ImportOptions.tsx
  { prefix: 'messages.summary.' }, // messages/StageProgramCards.tsx
  { prefix: 'import.noDate.', inRule: true }, // core/imports/map/merge-events.ts
  { prefix: 'import.', inRule: true }, // core/imports/plan-import.ts (a phone's rule, `import.phone.notInPlan`)
  { prefix: 'import.preset.' }, // imports/preset-words.ts
  { prefix: 'import.progress.' }, // imports/ImportProgress.tsx
  { prefix: 'kind.' }, // contacts/ContactForm.tsx, contacts/bulk-words.ts, segments/ConditionRow.tsx
  { prefix: 'language.' }, // shared/languages.ts
  { prefix: 'log.field.' }, // timeline/QuickLogForm.tsx
  { prefix: 'mailbox.secret.' }, // settings/AccountFields.tsx
  { prefix: 'mailbox.security.' }, // settings/ServerFields.tsx
  { prefix: 'messages.exit.' }, // messages/ProgramSteps.tsx
  { prefix: 'messages.field.' }, // messages/MergeFieldList.tsx, messages/RenderedMessage.tsx
  { prefix: 'messages.program.' }, // messages/ProgramCard.tsx, messages/TemplateList.tsx, contacts/ConsentHistorySection.tsx
  { prefix: 'messages.step.' }, // messages/program-words.ts
  { prefix: 'messages.stepTitle.' }, // messages/program-words.ts
  { prefix: 'messages.tab.' }, // messages/MessagesPage.tsx
  { prefix: 'messages.unit.' }, // messages/program-words.ts (one, other)
  { prefix: 'nav.' }, // app/sections.ts
  { prefix: 'optout.why.' }, // contacts/OptOutBox.tsx
  { prefix: 'outbox.channel.' }, // outbox/OutboxItem.tsx, outbox/OutboxDetail.tsx, outbox/PhoneSend.tsx
  { prefix: 'outbox.closed.' }, // outbox/OutboxDetail.tsx
  { prefix: 'outbox.done.' }, // outbox/OutboxPage.tsx
  { prefix: 'outbox.empty.' }, // outbox/OutboxEmpty.tsx
  { prefix: 'outbox.reason.checkout.' }, // outbox/reason-words.ts
  { prefix: 'outbox.reason.checkoutStep.' }, // outbox/reason-words.ts
  { prefix: 'outbox.reason.pause.' }, // outbox/reason-words.ts
  { prefix: 'outbox.reason.policy.' }, // outbox/reason-words.ts
  { prefix: 'outbox.state.' }, // outbox/outbox-words.ts
  { prefix: 'outbox.tab.' }, // outbox/OutboxTabs.tsx
  { prefix: 'policy.' }, // messages/ReviewPolicyWarning.tsx
  { prefix: 'prospect.status.' }, // contacts/ProspectBox.tsx, contacts/ContactForm.tsx, contacts/contact-columns.tsx
  { prefix: 'reading.security.' }, // settings/ReadingFields.tsx
  { prefix: 'replies.kind.' }, // replies/ReplyItem.tsx
  { prefix: 'reports.programs.' }, // reports/ProgramsTable.tsx
  { prefix: 'reports.range.' }, // reports/RangePicker.tsx
  { prefix: 'rule.' }, // shared/describe-error.ts (a problem's rule, sent by core)
  { prefix: 'segment.name.' }, // segments/segment-words.ts
  { prefix: 'segments.kinds.' }, // segments/segment-words.ts
  { prefix: 'segments.phrase.' }, // segments/segment-words.ts
  { prefix: 'segments.unit.' }, // segments/segment-words.ts (one, other)
  { prefix: 'segments.unitChoice.' }, // segments/ConditionRow.tsx
  { prefix: 'timeline.outcome.' }, // timeline/TimelineItem.tsx, timeline/QuickLogForm.tsx
  { prefix: 'timeline.type.' }, // timeline/TimelineItem.tsx, timeline/TimelineSection.tsx, timeline/QuickLogForm.tsx
];

// Keys no code used when this test was written: texts written ahead of the screen that will show
// them (the stage programs), or whose use the owner of that screen is to decide. Take a key off
// once it is used or removed; nothing else is excused.
const NOT_YET_USED: readonly string[] = [];

const code = Object.values(sources).join('\n');
// Key-shaped string literals ('order', "nav.home", `contacts.title`), and the heads of template
// literals (`timeline.type.${…}` gives "timeline.type.").
const literals = new Set([...code.matchAll(/(['"`])([A-Za-z_][\w-]*(?:\.[\w-]+)*)\1/g)].map((m) => m[2]!));
const heads = new Set([...code.matchAll(/`([A-Za-z][\w-]*(?:\.[\w-]+)*\.)\$\{/g)].map((m) => m[1]!));

const withoutPlural = (key: string): string => key.replace(/\.(zero|one|other)$/, '');

// A value the code names: a literal, or every part of it a literal or a number (`${field}.${op}`,
// a step); after `rule.`, also a rule core builds (`import.noDate.${type}`).
const isNamed = (rest: string, isRule: boolean): boolean =>
  literals.has(rest) || rest.split('.').every((part) => literals.has(part) || /^\d+$/.test(part)) || (isRule && isBuilt(rest, true));

const isBuilt = (key: string, isRule = false): boolean =>
  DYNAMIC.some(({ prefix, anySuffix, inRule = false }) =>
    inRule === isRule && key.startsWith(prefix) && key.length > prefix.length && (anySuffix || isNamed(key.slice(prefix.length), prefix === 'rule.')));

const isUsed = (key: string): boolean => literals.has(key) || literals.has(withoutPlural(key)) || isBuilt(withoutPlural(key));

describe('message keys', () => {
  it('finds the sources it reads', () => {
    expect(Object.keys(sources).some((path) => path.endsWith('app/App.tsx'))).toBe(true);
    expect(Object.keys(sources).some((path) => path.includes('/core/imports/'))).toBe(true);
    expect(Object.keys(sources).some((path) => /\/i18n\/(en|fr)(-[\w-]+)?\.ts$/.test(path))).toBe(false);
  });

  it('every key is used by some code', () => {
    const unused = Object.keys(en).filter((key) => !isUsed(key) && !NOT_YET_USED.includes(key));
    expect(unused, 'remove these from en*.ts and fr*.ts, or add the code that uses them').toEqual([]);
  });

  it('every allowed prefix is still built somewhere', () => {
    expect(DYNAMIC.map((p) => p.prefix).filter((prefix) => !heads.has(prefix))).toEqual([]);
  });

  it('a key nothing names is found', () => {
    expect(isUsed('timeline.type.noSuchType')).toBe(false);
    expect(isUsed('nowhere.atAll')).toBe(false);
    expect(isUsed('timeline.type.order')).toBe(true);
  });
});
