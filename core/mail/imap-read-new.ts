import type { ImapFlow } from 'imapflow';

// Reading what is new in one folder, a bounded batch at a time, without changing anything:
// the folder is EXAMINEd (read-only) and messages fetched with BODY.PEEK[], so no \Seen is set.
export type FolderCursor = { uidValidity: string; lastUid: number };
export type FetchedMail = { uid: number; internalDate: Date; raw: Buffer };
export type ReadBatch = { mails: FetchedMail[]; cursor: FolderCursor; isComplete: boolean };

const DAY_MS = 24 * 60 * 60 * 1000;
// A batch also stops growing past this many bytes (one message always fits), so a run of large
// attachments is read over several calls instead of held in memory at once.
const BATCH_BYTES = 32 * 1024 * 1024;
// UIDs whose date and size are asked for in one FETCH while choosing a batch.
const META_CHUNK = 500;

// "3:5,9" for [3, 4, 5, 9]: the UID set of a FETCH, short even for long runs.
export const uidSet = (uids: number[]): string => {
  const runs: Array<[number, number]> = [];
  for (const uid of [...uids].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && uid === last[1] + 1) last[1] = uid;
    else if (!last || uid !== last[1]) runs.push([uid, uid]);
  }
  return runs.map(([first, end]) => (first === end ? String(first) : `${first}:${end}`)).join(',');
};

type Meta = { uid: number; internalDate: Date; size: number };

const metaOf = async (client: ImapFlow, uids: number[]): Promise<Map<number, Meta>> => {
  const metas = new Map<number, Meta>();
  for await (const message of client.fetch(uidSet(uids), { uid: true, internalDate: true, size: true }, { uid: true })) {
    metas.set(message.uid, { uid: message.uid, internalDate: new Date(message.internalDate ?? 0), size: message.size ?? 0 });
  }
  return metas;
};

type Plan = { chosen: Meta[]; lastJudged: number; isComplete: boolean };

// Walks the candidates oldest first and keeps up to `limit` of them (and BATCH_BYTES); with
// `since`, only those whose INTERNALDATE is at or after it. `lastJudged` is the highest UID
// kept or passed over, which the cursor may safely move to. A UID gone meanwhile is passed over.
const plan = async (client: ImapFlow, candidates: number[], since: Date | null, limit: number): Promise<Plan> => {
  const chosen: Meta[] = [];
  let bytes = 0;
  let lastJudged = 0;
  for (let start = 0; start < candidates.length; start += META_CHUNK) {
    const chunk = candidates.slice(start, start + META_CHUNK);
    const metas = await metaOf(client, chunk);
    for (const uid of chunk) {
      const meta = metas.get(uid);
      if (meta && (since === null || meta.internalDate.getTime() >= since.getTime())) {
        if (chosen.length >= limit || (chosen.length > 0 && bytes + meta.size > BATCH_BYTES)) return { chosen, lastJudged, isComplete: false };
        chosen.push(meta);
        bytes += meta.size;
      }
      lastJudged = uid;
    }
  }
  return { chosen, lastJudged, isComplete: true };
};

const sourcesOf = async (client: ImapFlow, chosen: Meta[]): Promise<FetchedMail[]> => {
  if (chosen.length === 0) return [];
  const byUid = new Map(chosen.map((meta) => [meta.uid, meta]));
  const mails: FetchedMail[] = [];
  // imapflow sends `source` as BODY.PEEK[] (dist/cjs/commands/fetch.js, setBodyPeek).
  for await (const message of client.fetch(uidSet([...byUid.keys()]), { uid: true, source: true }, { uid: true })) {
    const meta = byUid.get(message.uid);
    if (meta && message.source) mails.push({ uid: message.uid, internalDate: meta.internalDate, raw: message.source });
  }
  return mails.sort((a, b) => a.uid - b.uid);
};

// With a cursor of the same UIDVALIDITY: the messages above its UID, whatever their dates (a
// reply moved in from Spam keeps its old INTERNALDATE). Otherwise the messages that arrived at
// or after `since`: SEARCH a day early, since SINCE compares dates in the server's time zone, then
// keep the exact ones. While such a first read is incomplete, the cursor mode that follows also
// reads a message with an old INTERNALDATE but a higher UID (one moved in from another folder).
export const readNew = async (client: ImapFlow, path: string, cursor: FolderCursor | null, since: Date, limit: number): Promise<ReadBatch> => {
  const lock = await client.getMailboxLock(path, { readOnly: true });
  try {
    const mailbox = client.mailbox;
    if (!mailbox) throw new Error(`${path} could not be opened`);
    // EXAMINE was sent; a server that answers [READ-WRITE] anyway is not read on (one that gives no code is).
    if (mailbox.readOnly === false) throw new Error(`${path} was not opened read-only`);
    // The folder may have been open since an earlier call: NOOP lets the server tell what
    // arrived meanwhile, so the SEARCH below sees it (RFC 3501 §6.1.2).
    await client.noop();
    const uidValidity = String(mailbox.uidValidity);
    const isSameFolder = cursor !== null && cursor.uidValidity === uidValidity;
    const floor = isSameFolder ? cursor.lastUid : 0;
    // Every UID up to here existed when the folder was opened, so a complete read covers it.
    const top = (mailbox.uidNext ?? 1) - 1;
    const query = isSameFolder ? { uid: `${floor + 1}:*` } : { since: new Date(since.getTime() - DAY_MS) };
    const found = await client.search(query, { uid: true });
    if (!found) throw new Error(`SEARCH failed in ${path}`);
    // "n:*" also matches the highest UID when it is below n (RFC 3501 §6.4.8).
    const candidates = found.filter((uid) => uid > floor).sort((a, b) => a - b);
    const planned = await plan(client, candidates, isSameFolder ? null : since, Math.max(1, Math.floor(limit)));
    const mails = await sourcesOf(client, planned.chosen);
    const lastUid = planned.isComplete ? Math.max(floor, top, candidates.at(-1) ?? 0) : planned.lastJudged;
    return { mails, cursor: { uidValidity, lastUid }, isComplete: planned.isComplete };
  } finally {
    lock.release();
  }
};
