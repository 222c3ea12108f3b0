import { sql } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { segmentWhere } from '../segments/segment-contacts';

// The ids of a segment's members (built-in or custom), for a campaign over all of them.
export const segmentMemberIds = (ctx: Pick<CoreContext, 'db' | 'clock'>, segmentId: string): string[] =>
  ctx.db.all<{ id: string }>(sql`SELECT c.id FROM contacts c WHERE ${segmentWhere(ctx.db, ctx.clock, segmentId, undefined).where}`).map((row) => row.id);
