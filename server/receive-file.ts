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
  // A connection closed before the body ended (the body pace watch's 408) leaves the body waiting
  // for bytes that will not come: ending it lets the staging give up and remove what it wrote.
  // Not on the answer's end: a refusal is answered while the rest is still read and dropped.
  const endBody = () => {
    if (!req.complete) req.destroy();
  };
  req.socket.once('close', endBody);
  try {
    sendJson(res, 200, { ok: true, value: await stageFile(fileName, req, { declaredSize: Number(req.headers['content-length'] ?? 0) }) });
  } catch (error) {
    // Cut off by the body pace watch (body-pace.ts), which has answered already.
    if (res.headersSent) return;
    if (!(error instanceof DomainError)) throw error;
    // A file refused before its end (declared too large): the rest is read and dropped, so the
    // sender hears the answer rather than a cut connection.
    if (!req.complete) req.resume();
    const isTooLarge = error.issues?.some((issue) => issue.rule === 'import.file.tooLarge') === true;
    return sendError(res, { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) }, isTooLarge ? 413 : undefined);
  } finally {
    req.socket.off('close', endBody);
  }
};
