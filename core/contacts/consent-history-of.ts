import { programIds, type ConsentBasis, type ConsentHistory, type ContactKind } from '../../api';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { basisRefusal } from '../consent/legal-basis';
import { suppressionOf } from '../respect/suppression-list';

type Sqlite = CoreContext['db']['$client'];
type Row = { kind: ContactKind; email: string | null; emailKey: string | null; phone: string | null; basis: ConsentBasis | null; unsubscribedAt: number | null };
type ChangeRow = { basis: ConsentBasis | null; source: string; evidence: string; consentAt: number | null; origin: ConsentHistory['changes'][number]['origin']; recordedAt: number };

const iso = (ms: number): string => new Date(ms).toISOString();

const domainOf = (email: string | null): string | null => (email?.includes('@') ? email.slice(email.lastIndexOf('@') + 1).trim().toLowerCase() : null);

// The contact's consent history, newest first, and which programs their basis lets write to them,
// by the same rule the planner applies (legal-basis.ts); none once they opted out.
export const consentHistoryOf = ({ db }: Pick<CoreContext, 'db'>, { id }: { id: string }): ConsentHistory => {
  const sqlite = db.$client;
  const row = sqlite
    .prepare(`SELECT kind, email, email_key AS emailKey, phone, consent_basis AS basis, unsubscribed_at AS unsubscribedAt FROM contacts WHERE id = ?`)
    .get(id) as Row | undefined;
  if (!row) throw notFound('This contact');
  const changes = sqlite
    .prepare(`SELECT basis, source, evidence, consent_at AS consentAt, origin, recorded_at AS recordedAt FROM consent_changes
      WHERE contact_id = ? ORDER BY recorded_at DESC, id DESC`)
    .all(id) as ChangeRow[];
  const isOptedOut = row.unsubscribedAt !== null || suppressionOf(sqlite, row) !== null;
  const hasOrdered = sqlite.prepare(`SELECT 1 FROM contact_events WHERE contact_id = ? AND type = 'order' AND outcome = 'completed' LIMIT 1`).get(id) !== undefined;
  const facts = { basis: row.basis, kind: row.kind, hasOrdered, emailDomain: domainOf(row.email) };
  return {
    changes: changes.map((c) => ({ ...c, consentAt: c.consentAt === null ? null : iso(c.consentAt), recordedAt: iso(c.recordedAt) })),
    allowedPrograms: isOptedOut ? [] : programIds.filter((program) => basisRefusal(program, facts) === null),
  };
};
