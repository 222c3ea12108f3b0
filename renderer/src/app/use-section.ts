import { useEffect, useState } from 'react';
import { sectionFromHash, type Section } from './sections';

// The section lives in the URL hash so reloads and the back button keep the place.
export const useSection = (): [Section, (section: Section) => void] => {
  const [section, setSection] = useState<Section>(() => sectionFromHash(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setSection(sectionFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const go = (next: Section) => {
    window.location.hash = `/${next}`;
    setSection(next);
  };
  return [section, go];
};
