import type { IncomingMessage } from 'node:http';

export const BODY_LIMIT_BYTES = 1_000_000;

export class BodyTooLargeError extends Error {}

// Reads a request body, refusing it as soon as it passes the limit instead of buffering it all.
export const readBodyBytes = (req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Discard the rest rather than destroy the socket: a reset would reach the client before the 413.
        chunks.length = 0;
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export const readBody = async (req: IncomingMessage, limit = BODY_LIMIT_BYTES): Promise<string> =>
  (await readBodyBytes(req, limit)).toString('utf8');
