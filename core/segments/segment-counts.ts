import { sql, type SQL } from 'drizzle-orm';
import type { ParsedInput, SegmentPreview, SegmentSaveRequest, SegmentSummary, Settings } from '../../api';
import type { Db } from '../../db/open-database';
import type { CoreContext } from '../context';
import type { Clock } from '../ports';
import { getSettings } from '../settings/settings-store';
import { compileFilter, type FilterClock } from './custom-filter-sql';
import { describeFilter } from './custom-filter-words';
import { resolveParams } from './find-segment';
import { listSaved, saveSaved, type SavedSegment } from './saved-segments';
import { SEGMENTS, type ResolvedParams, type SegmentDefinition } from './segment-definitions';

export const countWhere = (db: Db, where: SQL): number => db.get<{ n: number }>(sql`SELECT count(*) AS n FROM contacts c WHERE ${where}`)!.n;

export const countSegment = (db: Db, segment: SegmentDefinition, params: ResolvedParams, now: number): number =>
  countWhere(db, segment.where(params, now));

// "Now" and the owner's giving year, read once so every count of a request agrees.
export const filterClock = (clock: Clock, settings: Settings): FilterClock => ({
  now: clock.now().getTime(),
  fiscalYearStartMonth: settings.fiscalYearStartMonth,
});

export const customSummary = (db: Db, saved: SavedSegment, at: FilterClock): SegmentSummary => ({
  id: saved.id,
  kind: 'custom',
  name: saved.name,
  description: describeFilter(saved.filter),
  rule: 'segment.custom',
  params: {},
  paramLimits: {},
  filter: saved.filter,
  count: countWhere(db, compileFilter(saved.filter, at)),
});

// Every segment, built-in then custom (oldest first), with its live count at one instant so the
// counts agree with each other. Built-in parameters default to the owner's settings.
// What the segment methods read: the database and the clock, as every core method takes them.
export type SegmentCtx = Pick<CoreContext, 'db' | 'clock'>;

export const countSegments = ({ db, clock }: SegmentCtx, { params = {} }: Partial<ParsedInput<'segments.list'>> = {}): SegmentSummary[] => {
  const settings = getSettings({ db });
  const at = filterClock(clock, settings);
  const builtIn = SEGMENTS.map((segment): SegmentSummary => {
    const resolved = resolveParams(segment, params[segment.id], settings);
    return {
      id: segment.id,
      kind: 'built-in',
      name: segment.name,
      description: segment.describe(resolved),
      rule: segment.rule,
      params: resolved,
      paramLimits: Object.fromEntries(Object.entries(segment.params).map(([name, { min, max }]) => [name, { min, max }])),
      filter: null,
      count: countSegment(db, segment, resolved, at.now),
    };
  });
  return [...builtIn, ...listSaved(db).map((saved) => customSummary(db, saved, at))];
};

// The live count of a filter being built, before it is saved.
export const previewSegment = ({ db, clock }: SegmentCtx, { filter }: ParsedInput<'segments.preview'>): SegmentPreview => ({
  count: countWhere(db, compileFilter(filter, filterClock(clock, getSettings({ db })))),
  description: describeFilter(filter),
});

// Saves a custom segment and answers with its summary, count included, as segments.list would.
export const saveSegment = ({ db, clock }: SegmentCtx, input: SegmentSaveRequest): SegmentSummary =>
  customSummary(db, saveSaved(db, clock, input), filterClock(clock, getSettings({ db })));
