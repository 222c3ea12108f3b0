import type { MessageKey } from '../i18n/en';

export const sections = ['home', 'contacts', 'import', 'segments', 'messages', 'outbox', 'replies', 'reports', 'settings'] as const;
export type Section = (typeof sections)[number];

export const sectionLabel = (section: Section): MessageKey => `nav.${section}`;

export const sectionFromHash = (hash: string): Section => {
  const name = hash.replace(/^#\/?/, '');
  return (sections as readonly string[]).includes(name) ? (name as Section) : 'home';
};
