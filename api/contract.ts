import { z } from 'zod';
import {
  contactInputSchema,
  contactListInputSchema,
  contactListSchema,
  contactPatchSchema,
  complaintInputSchema,
  contactSchema,
  idInputSchema,
} from './contacts';
import {
  mailboxSaveSchema,
  mailboxStatusSchema,
  mailboxTestSchema,
  sendingPauseInputSchema,
  sendSummarySchema,
  sendTestInputSchema,
} from './mailbox';
import {
  approveDueSchema,
  planSummarySchema,
  nextMessageSchema,
  outboxEditInputSchema,
  outboxEntrySchema,
  outboxListInputSchema,
  outboxPageSchema,
  reactivationStartInputSchema,
  reactivationStartSchema,
} from './outbox';
import { templateKeySchema, templatePreviewInputSchema, templatePreviewSchema, templateSchema, templateUpdateSchema } from './templates';
import { importPreviewSchema, importRequestSchema, importSummarySchema } from './imports';
import {
  segmentContactsInputSchema,
  segmentListInputSchema,
  segmentPreviewInputSchema,
  segmentPreviewSchema,
  segmentSaveInputSchema,
  segmentSummarySchema,
} from './segments';
import { appInfoSchema, settingsPatchSchema, settingsSchema } from './settings';
import { eventLogInputSchema, stalledProspectInputSchema, stalledProspectResultSchema, timelineEventSchema, timelineListInputSchema, timelinePageSchema } from './timeline';
import { checkMailSummarySchema, replyListInputSchema, replyPageSchema } from './mail-reading';
import { monthlyStatsInputSchema, monthlyStatsSchema } from './stats';
import { reportCsvInputSchema, reportCsvSchema, reportInputSchema, reportSchema } from './reports';
import { auditListInputSchema, auditPageSchema, eraseResultSchema, personExportSchema } from './data-rights';
import { consentHistorySchema } from './consent-history';
import { backupListSchema, backupRestoreInputSchema, backupRestoreSchema, backupSchema } from './backups';
import { bulkEditCountSchema, bulkEditInputSchema, bulkEditSummarySchema, bulkUndoResultSchema } from './bulk-edits';
import { exportCountSchema, exportFileSchema, exportRequestSchema } from './exports';

type MethodSpec = { input: z.ZodType; output: z.ZodType };

const noInput = z.object({}).default({});

// Every method a host exposes. Names read noun.verb; types below are derived from here.
export const contract = {
  'app.info': { input: noInput, output: appInfoSchema },
  'outbox.list': { input: outboxListInputSchema, output: outboxPageSchema },
  'outbox.approve': { input: idInputSchema, output: outboxEntrySchema },
  'outbox.skip': { input: idInputSchema, output: outboxEntrySchema },
  'outbox.edit': { input: outboxEditInputSchema, output: outboxEntrySchema },
  'outbox.markSent': { input: idInputSchema, output: outboxEntrySchema },
  'outbox.approveDue': { input: noInput, output: approveDueSchema },
  // "I checked, send it again" and "drop it", for a message whose delivery is unknown.
  'outbox.retry': { input: idInputSchema, output: outboxEntrySchema },
  'outbox.drop': { input: idInputSchema, output: outboxEntrySchema },
  // Re-plans the whole outbox (the scheduler's timer does it; reading never does).
  'outbox.plan': { input: noInput, output: planSummarySchema },
  // One sending pass: what is due, within pacing (`relance send-due`).
  'outbox.sendDue': { input: noInput, output: sendSummarySchema },
  'mailbox.get': { input: noInput, output: mailboxStatusSchema },
  'mailbox.save': { input: mailboxSaveSchema, output: mailboxStatusSchema },
  'mailbox.test': { input: noInput, output: mailboxTestSchema },
  'mailbox.sendTest': { input: sendTestInputSchema, output: mailboxTestSchema },
  'mailbox.resume': { input: noInput, output: mailboxStatusSchema },
  'mailbox.testImap': { input: noInput, output: mailboxTestSchema },
  'mailbox.checkMail': { input: noInput, output: checkMailSummarySchema },
  'replies.list': { input: replyListInputSchema, output: replyPageSchema },
  'sending.setPaused': { input: sendingPauseInputSchema, output: mailboxStatusSchema },
  'outbox.next': { input: z.object({ contactId: z.string().min(1) }), output: nextMessageSchema },
  'reactivation.start': { input: reactivationStartInputSchema, output: reactivationStartSchema },
  'templates.list': { input: noInput, output: z.array(templateSchema) },
  'templates.update': { input: templateUpdateSchema, output: templateSchema },
  'templates.reset': { input: templateKeySchema, output: templateSchema },
  'templates.preview': { input: templatePreviewInputSchema, output: templatePreviewSchema },
  'contacts.list': { input: contactListInputSchema, output: contactListSchema },
  'contacts.get': { input: idInputSchema, output: contactSchema },
  'contacts.create': { input: contactInputSchema, output: contactSchema },
  'contacts.update': { input: contactPatchSchema, output: contactSchema },
  'contacts.delete': { input: idInputSchema, output: z.object({ id: z.string() }) },
  'contacts.setComplaint': { input: complaintInputSchema, output: contactSchema },
  // Everything held on one person, as one JSON document (C9).
  'contacts.exportPerson': { input: idInputSchema, output: personExportSchema },
  // Erasure: all of it goes, only hashes stay on the suppression list (C9).
  'contacts.erase': { input: idInputSchema, output: eraseResultSchema },
  'audit.list': { input: auditListInputSchema, output: auditPageSchema },
  'audit.exportCsv': { input: noInput, output: z.object({ fileName: z.string(), csv: z.string() }) },
  // Records the opt-out, cancels what is planned, and puts the address and the number on the suppression list.
  'contacts.unsubscribe': { input: idInputSchema, output: contactSchema },
  'contacts.consentHistory': { input: idInputSchema, output: consentHistorySchema },
  // A legal basis, a tag or a kind for many contacts at once (ticked, or all matching a search), undoable.
  'contacts.bulkCount': { input: bulkEditInputSchema, output: bulkEditCountSchema },
  'contacts.bulkEdit': { input: bulkEditInputSchema, output: bulkEditSummarySchema },
  'bulkEdits.list': { input: noInput, output: z.array(bulkEditSummarySchema) },
  'bulkEdits.undo': { input: idInputSchema, output: bulkUndoResultSchema },
  'timeline.list': { input: timelineListInputSchema, output: timelinePageSchema },
  'events.log': { input: eventLogInputSchema, output: timelineEventSchema },
  'events.delete': { input: idInputSchema, output: z.object({ id: z.string(), contactId: z.string() }) },
  'prospects.logStalled': { input: stalledProspectInputSchema, output: stalledProspectResultSchema },
  'imports.preview': { input: importRequestSchema, output: importPreviewSchema },
  'imports.start': { input: importRequestSchema, output: z.object({ jobId: z.string() }) },
  'imports.cancel': { input: z.object({ jobId: z.string() }), output: z.object({ isCancelling: z.boolean() }) },
  'imports.list': { input: noInput, output: z.array(importSummarySchema) },
  'imports.undo': { input: idInputSchema, output: importSummarySchema },
  'imports.rejectedCsv': { input: importRequestSchema, output: z.object({ fileName: z.string(), csv: z.string() }) },
  'segments.list': { input: segmentListInputSchema, output: z.array(segmentSummarySchema) },
  'segments.contacts': { input: segmentContactsInputSchema, output: contactListSchema },
  'segments.save': { input: segmentSaveInputSchema, output: segmentSummarySchema },
  'segments.delete': { input: idInputSchema, output: z.object({ id: z.string() }) },
  'segments.preview': { input: segmentPreviewInputSchema, output: segmentPreviewSchema },
  'settings.get': { input: noInput, output: settingsSchema },
  'settings.update': { input: settingsPatchSchema, output: settingsSchema },
  'stats.monthly': { input: monthlyStatsInputSchema, output: monthlyStatsSchema },
  'reports.get': { input: reportInputSchema, output: reportSchema },
  'reports.csv': { input: reportCsvInputSchema, output: reportCsvSchema },
  // Contacts as CSV or vCard, a segment as a hashed Meta or Google audience (C9): how many first, then the file.
  'exports.count': { input: exportRequestSchema, output: exportCountSchema },
  'exports.file': { input: exportRequestSchema, output: exportFileSchema },
  // Backups (C9): the list, one now, and a restore that keeps the current database first.
  'backups.list': { input: noInput, output: backupListSchema },
  'backups.create': { input: noInput, output: backupSchema },
  'backups.restore': { input: backupRestoreInputSchema, output: backupRestoreSchema },
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export type Handlers = { [M in MethodName]: (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>> };

export const methodNames = Object.keys(contract) as MethodName[];

export const isMethodName = (name: string): name is MethodName => Object.hasOwn(contract, name);
