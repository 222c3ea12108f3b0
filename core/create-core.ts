import type { Handlers, MethodName } from '../api';
import { createContact, deleteContact, getContact, setComplaint, updateContact } from './contacts/contacts-store';
import { listContacts } from './contacts/list-contacts';
import { consentHistoryOf } from './contacts/consent-history-of';
import { unsubscribeContact } from './contacts/unsubscribe-contact';
import { bulkEdit, countBulkEdit, listBulkEdits } from './contacts/bulk-edit';
import { undoBulkEdit } from './contacts/bulk-undo';
import type { CoreContext } from './context';
import { approveMessage, editMessage, markMessageSent, skipMessage } from './outbox/outbox-actions';
import { listOutbox, nextMessage } from './outbox/outbox-queries';
import { previewTemplate } from './outbox/preview-template';
import { startReactivation } from './outbox/reactivation-campaign';
import { segmentMemberIds } from './outbox/segment-members';
import { listTemplates, resetTemplate, updateTemplate } from './templates/template-store';
import { listImports, undoImport } from './imports/import-history';
import { createImportJobs, type ImportJobs } from './imports/import-jobs';
import { listSegmentContacts } from './segments/segment-contacts';
import { deleteSaved } from './segments/saved-segments';
import { countSegments, previewSegment, saveSegment } from './segments/segment-counts';
import { getSettings, updateSettings } from './settings/settings-store';
import { listTimeline } from './timeline/list-timeline';
import { deleteEvent, logEvent } from './timeline/log-event';
import { logStalledProspect } from './contacts/stalled-prospect';
import { monthlyStats } from './stats/monthly-stats';
import { getReport } from './reports/get-report';
import { getReportCsv } from './reports/report-csv';
import { approveDue, dropUnknown, retryUnknown } from './sending/delivery-actions';
import { mailboxStatus, resumeMailbox, setSendingPaused, testMailbox } from './sending/mailbox-actions';
import { listReplies, saveMailboxSettings, testImap, withReading } from './reading/reading-actions';
import { afterChange } from './schedule/replan-after';
import type { Scheduler } from './schedule/scheduler';
import { eraseContact } from './respect/erase-contact';
import { exportPerson } from './respect/export-person';
import { auditCsv, listAudit } from './respect/read-audit-log';
import { backUpNow, listBackupsOf, restoreFrom } from './backup/backup-actions';
import { countExport, exportFile } from './exports/run-export';

export type CoreDeps = CoreContext;

// One line per method: the contract says what comes in and goes out, the modules do the work.
// A change re-plans what it touched before it returns, whichever host called it.
export const createCore = (ctx: CoreDeps, scheduler: Scheduler, imports: ImportJobs = createImportJobs(ctx)): Handlers => {
  const handlers = {
    'app.info': () => ctx.info,
    'outbox.list': (input) => listOutbox(ctx, input),
    'outbox.approve': (input) => approveMessage(ctx, input),
    'outbox.skip': (input) => skipMessage(ctx, input),
    'outbox.edit': (input) => editMessage(ctx, input),
    'outbox.markSent': (input) => markMessageSent(ctx, input),
    'outbox.next': (input) => nextMessage(ctx, input),
    'outbox.approveDue': () => approveDue(ctx),
    'outbox.retry': (input) => retryUnknown(ctx, input),
    'outbox.drop': (input) => dropUnknown(ctx, input),
    'outbox.plan': () => scheduler.replan(),
    'outbox.sendDue': () => scheduler.sendNow(),
    'mailbox.get': () => withReading(ctx, mailboxStatus(ctx)),
    'mailbox.save': (input) => saveMailboxSettings(ctx, input),
    'mailbox.test': () => testMailbox(ctx),
    'mailbox.sendTest': ({ to }) => testMailbox(ctx, to),
    'mailbox.resume': () => withReading(ctx, resumeMailbox(ctx)),
    'mailbox.testImap': () => testImap(ctx),
    'mailbox.checkMail': () => scheduler.checkMailNow(),
    'replies.list': (input) => listReplies(ctx, input),
    'sending.setPaused': ({ isPaused }) => withReading(ctx, setSendingPaused(ctx, isPaused)),
    'reactivation.start': ({ segmentId }) => startReactivation(ctx, segmentMemberIds(ctx, segmentId)),
    'templates.list': () => listTemplates(ctx),
    'templates.update': (input) => updateTemplate(ctx, input),
    'templates.reset': (key) => resetTemplate(ctx, key),
    'templates.preview': (input) => previewTemplate(ctx, input),
    'contacts.list': (input) => listContacts(ctx, input),
    'contacts.get': ({ id }) => getContact(ctx, id),
    'contacts.create': (input) => createContact(ctx, input),
    'contacts.update': (input) => updateContact(ctx, input),
    'contacts.delete': (input) => deleteContact(ctx, input),
    'contacts.setComplaint': (input) => setComplaint(ctx, input),
    'contacts.unsubscribe': (input) => unsubscribeContact(ctx, input),
    'contacts.consentHistory': (input) => consentHistoryOf(ctx, input),
    'contacts.bulkCount': (input) => countBulkEdit(ctx, input),
    'contacts.bulkEdit': (input) => bulkEdit(ctx, input),
    'bulkEdits.list': () => listBulkEdits(ctx),
    'bulkEdits.undo': (input) => undoBulkEdit(ctx, input),
    'contacts.exportPerson': (input) => exportPerson(ctx, input),
    'contacts.erase': (input) => eraseContact(ctx, input),
    'audit.list': (input) => listAudit(ctx, input),
    'audit.exportCsv': () => auditCsv(ctx),
    'timeline.list': (input) => listTimeline(ctx, input),
    'events.log': (input) => logEvent(ctx, input),
    'events.delete': (input) => deleteEvent(ctx, input),
    'prospects.logStalled': (input) => logStalledProspect(ctx, input),
    'imports.preview': (request) => imports.preview(request),
    'imports.start': (request) => imports.start(request),
    'imports.cancel': ({ jobId }) => imports.cancel(jobId),
    'imports.list': () => listImports(ctx.db.$client),
    'imports.undo': ({ id }) => undoImport(ctx, id),
    'imports.rejectedCsv': (request) => imports.rejectedCsv(request),
    'segments.list': (input) => countSegments(ctx, input),
    'segments.contacts': (input) => listSegmentContacts(ctx, input),
    'segments.save': (input) => saveSegment(ctx, input),
    'segments.delete': (input) => deleteSaved(ctx, input),
    'segments.preview': (input) => previewSegment(ctx, input),
    'settings.get': () => getSettings(ctx),
    'settings.update': (patch) => updateSettings(ctx, patch),
    'stats.monthly': (input) => monthlyStats(ctx, input),
    'reports.get': (input) => getReport(ctx, input),
    'reports.csv': (input) => getReportCsv(ctx, input),
    'backups.list': () => listBackupsOf(ctx),
    'backups.create': () => backUpNow(ctx),
    'backups.restore': (input) => restoreFrom(ctx, scheduler, input),
    'exports.count': (input) => countExport(ctx, input),
    'exports.file': (input) => exportFile(ctx, input),
  } satisfies Handlers;
  return withPlanning(handlers, scheduler);
};

const withPlanning = (handlers: Handlers, scheduler: Scheduler): Handlers => {
  const wrapped = { ...handlers } as Record<MethodName, (input: unknown) => unknown>;
  for (const method of Object.keys(handlers) as MethodName[]) {
    const handler = handlers[method] as (input: unknown) => unknown;
    wrapped[method] = (input) => {
      const output = handler(input);
      if (output instanceof Promise) return output.then((value: unknown) => (afterChange(scheduler, method, input, value), value));
      afterChange(scheduler, method, input, output);
      return output;
    };
  }
  return wrapped as Handlers;
};
