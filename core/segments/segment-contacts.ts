import type { ContactList, SegmentContactsInput } from '../../api';
import type { Db } from '../../db/open-database';
import { pageOfContacts } from '../contacts/list-contacts';
import type { Clock } from '../ports';
import { findSegment, resolveParams } from './find-segment';
import { countSegment } from './segment-counts';

type ParsedInput = Required<Omit<SegmentContactsInput, 'id' | 'params'>> & Pick<SegmentContactsInput, 'params'>;

// The members of a segment as a page of the contacts list, same rows and sorting as contacts.list.
export const listSegmentContacts = (db: Db, clock: Clock, id: string, input: ParsedInput): ContactList => {
  const segment = findSegment(id);
  const params = resolveParams(segment, input.params);
  const now = clock.now().getTime();
  const total = countSegment(db, segment, params, now);
  return pageOfContacts(db, { where: segment.where(params, now), total, ...input });
};
