import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StagedFile } from '../api';
import { DomainError } from '../core/errors';
import { sendError, sendJson } from './responses';

// A file for import arrives as raw bytes (no base64 through JSON), its name in X-File-Name.
// Its pieces go to the staging file as they arrive (core's stageStream), never held whole.
export const receiveFile = async (
  req: IncomingMessage,
  res: ServerResponse,
  stageFile: (fileName: string, body: AsyncIterable<Uint8Array>, options: { declaredSize: number }) => Promise<StagedFile>,
): Promise<void> => {
  let fileName: string;
  try {
    fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
  } catch {
    fileName = '';
  }
  if (!fileName) return sendError(res, { code: 'VALIDATION', message: 'Send the file name in the X-File-Name header.' });
  try {
    sendJson(res, 200, { ok: true, value: await stageFile(fileName, req, { declaredSize: Number(req.headers['content-length'] ?? 0) }) });
  } catch (error) {
    // Cut off by the body pace watch (body-pace.ts), which has answered already; or the sender
    // went away mid-file, and there is no one left to answer (what arrived was removed).
    if (res.headersSent || (!req.complete && req.socket.destroyed)) return;
    if (!(error instanceof DomainError)) throw error;
    // A file refused before its end (declared too large): the rest is read and dropped, so the
    // sender hears the answer rather than a cut connection.
    if (!req.complete) req.resume();
    const isTooLarge = error.issues?.some((issue) => issue.rule === 'import.file.tooLarge') === true;
    return sendError(res, { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) }, isTooLarge ? 413 : undefined);
  }
};
