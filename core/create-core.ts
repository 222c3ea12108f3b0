import type { Handlers } from '../api';
import { createContact, deleteContact, getContact, updateContact } from './contacts/contacts-store';
import { listContacts } from './contacts/list-contacts';
import type { CoreContext } from './context';
import { listImports, undoImport } from './imports/import-history';
import { createImportJobs, type ImportJobs } from './imports/import-jobs';
import { listSegmentContacts } from './segments/segment-contacts';
import { countSegments } from './segments/segment-counts';
import { getSettings, updateSettings } from './settings/settings-store';

export type CoreDeps = CoreContext;

// One line per method: the contract says what comes in and goes out, the modules do the work.
export const createCore = (ctx: CoreDeps, imports: ImportJobs = createImportJobs(ctx)): Handlers => {
  return {
    'app.info': () => ctx.info,
    'contacts.list': (input) => listContacts(ctx, input),
    'contacts.get': ({ id }) => getContact(ctx, id),
    'contacts.create': (input) => createContact(ctx, input),
    'contacts.update': ({ id, patch }) => updateContact(ctx, id, patch),
    'contacts.delete': ({ id }) => deleteContact(ctx, id),
    'imports.preview': (request) => imports.preview(request),
    'imports.start': (request) => imports.start(request),
    'imports.cancel': ({ jobId }) => imports.cancel(jobId),
    'imports.list': () => listImports(ctx.db.$client),
    'imports.undo': ({ id }) => undoImport(ctx, id),
    'imports.rejectedCsv': (request) => imports.rejectedCsv(request),
    'segments.list': ({ params }) => countSegments(ctx.db, ctx.clock, params),
    'segments.contacts': ({ id, ...page }) => listSegmentContacts(ctx.db, ctx.clock, id, page),
    'settings.get': () => getSettings(ctx),
    'settings.update': (patch) => updateSettings(ctx, patch),
  } satisfies Handlers;
};
