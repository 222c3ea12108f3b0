import type { SQL } from 'drizzle-orm';
import type { ContactList, SegmentContactsInput, SegmentParams } from '../../api';
import type { Db } from '../../db/open-database';
import { pageOfContacts } from '../contacts/list-contacts';
import { validationError } from '../errors';
import type { Clock } from '../ports';
import { getSettings } from '../settings/settings-store';
import { compileFilter } from './custom-filter-sql';
import { findSegment, resolveParams, unknownSegment } from './find-segment';
import { findSaved } from './saved-segments';
import { countWhere, filterClock, type SegmentCtx } from './segment-counts';

type ParsedInput = Required<Omit<SegmentContactsInput, 'params'>> & Pick<SegmentContactsInput, 'params'>;

// The WHERE of a built-in segment with its parameters, or of a saved custom segment.
export const segmentWhere = (db: Db, clock: Clock, id: string, params: SegmentParams | undefined): { where: SQL; now: number } => {
  const settings = getSettings({ db });
  const at = filterClock(clock, settings);
  const builtIn = findSegment(id);
  if (builtIn) return { where: builtIn.where(resolveParams(builtIn, params, settings), at.now), now: at.now };
  const saved = findSaved(db, id);
  if (!saved) throw unknownSegment(id);
  const [extra] = Object.keys(params ?? {});
  if (extra !== undefined) {
    const message = `The segment “${saved.name}” is a custom one: it has no parameter "${extra}"; edit its conditions instead.`;
    throw validationError([{ path: `params.${extra}`, message, rule: 'segment.unknownParam', params: { name: extra } }]);
  }
  return { where: compileFilter(saved.filter, at), now: at.now };
};

// The members of a segment as a page of the contacts list, same rows and sorting as contacts.list.
export const listSegmentContacts = ({ db, clock }: SegmentCtx, { id, ...input }: ParsedInput): ContactList => {
  const { where, now } = segmentWhere(db, clock, id, input.params);
  const { sort, direction, offset, limit } = input;
  return pageOfContacts(db, { where, total: countWhere(db, where), sort, direction, offset, limit, now });
};
