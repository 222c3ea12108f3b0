import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_IMPORT_BYTES, type StagedFile } from '../api';
import { DomainError } from '../core/errors';
import { BodyTooLargeError, readBodyBytes } from './read-body';
import { sendError, sendJson } from './responses';

// A file for import arrives as raw bytes (no base64 through JSON), its name in X-File-Name.
export const receiveFile = async (
  req: IncomingMessage,
  res: ServerResponse,
  stageFile: (fileName: string, bytes: Uint8Array) => StagedFile,
): Promise<void> => {
  let fileName: string;
  try {
    fileName = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
  } catch {
    fileName = '';
  }
  if (!fileName) return sendError(res, { code: 'VALIDATION', message: 'Send the file name in the X-File-Name header.' });
  try {
    const bytes = await readBodyBytes(req, MAX_IMPORT_BYTES);
    sendJson(res, 200, { ok: true, value: stageFile(fileName, bytes) });
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      return sendError(res, { code: 'VALIDATION', message: `${fileName} is larger than ${MAX_IMPORT_BYTES / 2 ** 20} MB. Split it into smaller files.` }, 413);
    }
    if (error instanceof DomainError) return sendError(res, { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
    // Cut off by the body pace watch (body-pace.ts), which has answered already.
    if (res.headersSent) return;
    throw error;
  }
};
