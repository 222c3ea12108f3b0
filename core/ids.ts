import { randomUUID } from 'node:crypto';

let lastMs = 0;
let sequence = 0;

// UUID version 7 (RFC 9562) with a 12-bit counter after the millisecond: ids made one after
// another sort one after another, so rows written together land next to each other in the
// primary-key index instead of on random pages.
export const timeOrderedId = (): string => {
  let ms = Date.now();
  if (ms <= lastMs) {
    sequence += 1;
    if (sequence > 0xfff) {
      lastMs += 1;
      sequence = 0;
    }
    ms = lastMs;
  } else {
    lastMs = ms;
    sequence = 0;
  }
  // randomUUID draws from a cached entropy pool; its variant and random tail are kept as they are.
  const time = ms.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8)}-7${sequence.toString(16).padStart(3, '0')}-${randomUUID().slice(19)}`;
};
