import { sql } from 'drizzle-orm';
import type { SegmentId, SegmentParams, SegmentSummary } from '../../api';
import type { Db } from '../../db/open-database';
import type { Clock } from '../ports';
import { resolveParams } from './find-segment';
import { SEGMENTS, type ResolvedParams, type SegmentDefinition } from './segment-definitions';

export const countSegment = (db: Db, segment: SegmentDefinition, params: ResolvedParams, now: number): number =>
  db.get<{ n: number }>(sql`SELECT count(*) AS n FROM contacts c WHERE ${segment.where(params, now)}`)!.n;

// Every built-in segment with its live count, at one instant so the counts agree with each other.
export const countSegments = (db: Db, clock: Clock, params: Partial<Record<SegmentId, SegmentParams>> = {}): SegmentSummary[] => {
  const now = clock.now().getTime();
  return SEGMENTS.map((segment) => {
    const resolved = resolveParams(segment, params[segment.id]);
    return {
      id: segment.id,
      name: segment.name,
      description: segment.describe(resolved),
      rule: segment.rule,
      params: resolved,
      count: countSegment(db, segment, resolved, now),
    };
  });
};
