import type { IncomingMessage } from 'node:http';

export const BODY_LIMIT_BYTES = 1_000_000;

export class BodyTooLargeError extends Error {}

// Reads a JSON call's body, refusing it as soon as it passes the limit instead of buffering it
// all. (A file for import is not read here: it goes to staging as it arrives, receive-file.ts.)
export const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > BODY_LIMIT_BYTES) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > BODY_LIMIT_BYTES) {
        // Discard the rest rather than destroy the socket: a reset would reach the client before the 413.
        chunks.length = 0;
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
