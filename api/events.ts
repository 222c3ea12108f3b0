import { z } from 'zod';

// Push events sent from core to every open window (SSE in the browser host, IPC in Electron).
export const pushEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('contacts.changed'), ids: z.array(z.string()) }),
  z.object({ type: z.literal('settings.changed') }),
]);
export type PushEvent = z.infer<typeof pushEventSchema>;
export type PushEventType = PushEvent['type'];
