import { sql } from 'drizzle-orm';
import type { CoreContext } from '../context';
import { insertContact } from '../contacts/contacts-store';
import { normaliseContact } from '../contacts/normalise-contact';
import { demoPeople } from './demo-people';

// Fills an empty demo database so a newcomer sees a living app; leaves a used one alone.
export const seedDemo = (ctx: Pick<CoreContext, 'db' | 'clock'>, count = 300): number => {
  const existing = ctx.db.get<{ n: number }>(sql`SELECT count(*) AS n FROM contacts`)!.n;
  if (existing > 0) return 0;
  const start = ctx.clock.now().getTime();
  ctx.db.transaction((tx) => {
    demoPeople(count).forEach((person, i) => {
      // Spread creation dates over the past two years so sorting by date means something.
      insertContact(tx, normaliseContact(person, 'FR'), start - (count - i) * 3 * 3_600_000);
    });
  });
  return count;
};
