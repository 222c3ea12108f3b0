import { randomUUID } from 'node:crypto';
import type { ImportPreview, ImportRequest } from '../../api';
import type { CoreContext } from '../context';
import { DomainError } from '../errors';
import { getSettings } from '../settings/settings-store';
import { ImportCancelled } from './commit-import';
import { runImportJob, type ImportJob, type ImportPhase, type JobHooks, type JobResult } from './run-import-job';
import { stagedFile, unstageFile } from './staging';
import type { WorkerMessage } from './worker-protocol';
import { writerLauncher } from './writers';

// The owner's word for the whole file is optional: callers that never offer it leave it out.
type Request = Required<Omit<ImportRequest, 'fileBasis'>> & Pick<ImportRequest, 'fileBasis'>;
type Running = { cancel: Int32Array };

const KEPT_PREVIEWS = 4;

// Runs previews and imports: in a worker thread when the host gives a launcher (windows stay
// responsive and see progress), else in this thread (the CLI, which has nothing else to do).
export const createImportJobs = (ctx: CoreContext) => {
  const running = new Map<string, Running>();
  const rejectedByFile = new Map<string, string>();
  const sqlite = ctx.db.$client;
  const writerFile = ctx.importWriterFile ?? null;

  const jobFor = (request: Request, isDryRun: boolean): ImportJob => {
    const file = stagedFile(ctx.info.dataDir, request.fileId);
    const settings = getSettings(ctx);
    const country = request.country ?? settings.defaultCountry;
    return { fileId: request.fileId, filePath: file.path, fileName: file.fileName, mapping: request.mapping, mode: request.mode, fileBasis: request.fileBasis ?? null, country, isDryRun, now: ctx.clock.now().getTime(), timeZone: settings.timeZone };
  };

  const execute = (job: ImportJob, cancel: Int32Array, onProgress: (m: Extract<WorkerMessage, { type: 'progress' }>) => void): Promise<JobResult> => {
    if (!ctx.launchImportWorker) {
      let phase: ImportPhase = 'reading';
      const hooks: JobHooks = {
        onPhase: (next) => (phase = next),
        onProgress: (done, total) => onProgress({ type: 'progress', phase, done, total }),
        isCancelled: () => Atomics.load(cancel, 0) === 1,
      };
      return runImportJob(sqlite, job, hooks, writerLauncher(writerFile));
    }
    const worker = ctx.launchImportWorker({ dbFile: sqlite.name, job, cancel: cancel.buffer as SharedArrayBuffer, writerFile });
    return new Promise((resolve, reject) => {
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'progress') onProgress(message);
        else if (message.type === 'done') resolve(message.result);
        else if (message.type === 'cancelled') reject(new ImportCancelled());
        else reject(new DomainError(message.code ?? 'VALIDATION', message.message, message.issues));
      });
      worker.on('error', (error) => reject(new DomainError('VALIDATION', error.message)));
      worker.on('exit', (code) => code !== 0 && reject(new DomainError('INTERNAL', `The import stopped unexpectedly (code ${code}). Nothing was saved.`)));
    });
  };

  // An import that ended, whatever the outcome, leaves no copy of its file behind (59 MB
  // after 11 imports). A preview keeps it: the person may go on to import it.
  const forget = (fileId: string): void => {
    rejectedByFile.delete(fileId);
    unstageFile(ctx.info.dataDir, fileId);
  };

  const preview = async (request: Request): Promise<ImportPreview> => {
    const result = await execute(jobFor(request, true), new Int32Array(new SharedArrayBuffer(4)), () => {});
    rejectedByFile.set(request.fileId, result.rejectedCsv);
    // Only the files a person is looking at now are worth keeping in memory.
    for (const fileId of rejectedByFile.keys()) if (rejectedByFile.size > KEPT_PREVIEWS) rejectedByFile.delete(fileId);
    return result.preview;
  };

  const start = (request: Request): { jobId: string } => {
    const job = jobFor(request, false);
    const jobId = randomUUID();
    const cancel = new Int32Array(new SharedArrayBuffer(4));
    running.set(jobId, { cancel });
    const progress = (m: Extract<WorkerMessage, { type: 'progress' }>) => ctx.events.emit({ type: 'imports.progress', jobId, phase: m.phase, done: m.done, total: m.total });
    // The staged copy goes before anyone is told the import ended, whatever the outcome.
    void execute(job, cancel, progress)
      .finally(() => {
        running.delete(jobId);
        forget(request.fileId);
      })
      .then((result) => {
        const importId = result.commit?.importId ?? null;
        ctx.events.emit({ type: 'contacts.changed', ids: result.commit?.changedIds.slice(0, 1000) ?? [] });
        ctx.events.emit({ type: 'imports.finished', jobId, outcome: 'done', importId, message: `${job.fileName} was imported.` });
      })
      .catch((error: unknown) => {
        const outcome = error instanceof ImportCancelled ? 'cancelled' : 'failed';
        const message = error instanceof Error ? error.message : String(error);
        ctx.events.emit({ type: 'imports.finished', jobId, outcome, importId: null, message });
      });
    return { jobId };
  };

  const cancel = (jobId: string): { isCancelling: boolean } => {
    const job = running.get(jobId);
    if (job) Atomics.store(job.cancel, 0, 1);
    return { isCancelling: Boolean(job) };
  };

  const rejectedCsv = async (request: Request): Promise<{ fileName: string; csv: string }> => {
    if (!rejectedByFile.has(request.fileId)) await preview(request);
    const { fileName } = stagedFile(ctx.info.dataDir, request.fileId);
    return { fileName: `${fileName.replace(/\.[^.]+$/, '')}-rejected.csv`, csv: rejectedByFile.get(request.fileId) ?? '' };
  };

  // Runs an import to its end in this call, a dry run included: for the CLI and tests.
  const runNow = async (request: Request, isDryRun: boolean, onProgress: (done: number, total: number) => void = () => {}): Promise<JobResult> => {
    try {
      return await execute(jobFor(request, isDryRun), new Int32Array(new SharedArrayBuffer(4)), (m) => m.phase === 'writing' && onProgress(m.done, m.total));
    } finally {
      forget(request.fileId);
    }
  };

  return { preview, start, cancel, rejectedCsv, runNow };
};

export type ImportJobs = ReturnType<typeof createImportJobs>;
