import type { Contact } from '../api';
import type { Booted } from '../core/boot';
import { callCore } from './call';
import { CliError } from './output';

// The contact a person names on the command line: by id, or by email address (any case).
export const findContact = async (booted: Booted, idOrEmail: string): Promise<Contact> => {
  const wanted = idOrEmail.trim();
  if (!wanted.includes('@')) return callCore(booted, 'contacts.get', { id: wanted });
  const page = await callCore(booted, 'contacts.list', { search: wanted, sort: 'name', direction: 'asc', offset: 0, limit: 500 });
  const found = page.rows.find((contact) => contact.email?.toLowerCase() === wanted.toLowerCase());
  if (!found) throw new CliError(`No contact has the address ${wanted}. Check it with: relance contacts --search ${wanted}`);
  return found;
};
