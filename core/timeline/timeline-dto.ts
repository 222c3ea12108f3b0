import { eventOutcomes, timelineEventTypes, type EventOutcome, type TimelineEvent, type TimelineEventType, type TimelineItem } from '../../api';

// A contact_events row as the timeline query selects it, with the import's file name joined.
export type EventRow = {
  id: string;
  contactId: string;
  type: string;
  occurredAt: number;
  dateOnly: number;
  amountMinor: number | null;
  currency: string | null;
  reference: string | null;
  items: string | null;
  status: string | null;
  outcome: string;
  link: string | null;
  note: string | null;
  source: string;
  importFileName: string | null;
  createdAt: number;
};

export const EVENT_COLUMNS = `e.id, e.contact_id AS contactId, e.type, e.occurred_at AS occurredAt, e.date_only AS dateOnly, e.amount_minor AS amountMinor,
  e.currency, e.reference, e.items, e.status, e.outcome, e.link, e.note, e.source, i.file_name AS importFileName, e.created_at AS createdAt`;

const isEventType = (type: string): type is TimelineEventType => (timelineEventTypes as readonly string[]).includes(type);

// Items are JSON written by imports and by the log form; anything else reads as no items.
const parseItems = (json: string | null): TimelineItem[] => {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: { name?: unknown; quantity?: unknown }) =>
      typeof item?.name === 'string' ? [{ name: item.name, quantity: Number.isInteger(item.quantity) ? (item.quantity as number) : 1 }] : [],
    );
  } catch {
    return [];
  }
};

// An outcome written by a newer Relance reads as done rather than breaking the timeline.
const outcomeOf = (outcome: string): EventOutcome => ((eventOutcomes as readonly string[]).includes(outcome) ? (outcome as EventOutcome) : 'completed');

const iso = (ms: number): string => new Date(ms).toISOString();

export const toTimelineEvent = (row: EventRow): TimelineEvent => ({
  id: row.id,
  contactId: row.contactId,
  // Types written by a newer Relance read as notes rather than breaking the timeline.
  type: isEventType(row.type) ? row.type : 'note',
  occurredAt: iso(row.occurredAt),
  dateOnly: row.dateOnly === 1,
  amountMinor: row.amountMinor,
  currency: row.currency,
  reference: row.reference,
  items: parseItems(row.items),
  status: row.status,
  outcome: outcomeOf(row.outcome),
  link: row.link,
  note: row.note ?? '',
  source: row.source === 'manual' || row.source === 'outbox' || row.source === 'mailbox' ? row.source : 'import',
  importFileName: row.importFileName,
  createdAt: iso(row.createdAt),
});
