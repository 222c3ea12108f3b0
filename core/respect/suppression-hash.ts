import { createHash } from 'node:crypto';

// The suppression list keeps no address, only this hash of its normalised (lower-cased) form.
export const suppressionHash = (emailKey: string): string => createHash('sha256').update(emailKey).digest('hex');
