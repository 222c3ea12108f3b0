import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { segmentIds, type SegmentId, type SegmentSummary } from '../../../api';
import { SegmentCards } from '../home/SegmentCards';
import { en } from '../i18n/en';
import { enSegmentNames } from '../i18n/en-segment-names';
import { fr } from '../i18n/fr';
import { I18nProvider, translator, type Language } from '../i18n/i18n';
import { SegmentCard } from './SegmentCard';
import { segmentName } from './segment-words';

const PARAMS: Partial<Record<SegmentId, Record<string, number>>> = {
  'carts-to-recover': { days: 7 },
  'lapsed-customers': { months: 6 },
  'beyond-3-years': { years: 3 },
  'repermission-unanswered': { days: 30 },
};

const builtIn = (id: SegmentId): SegmentSummary => ({
  id,
  kind: 'built-in',
  name: `core name of ${id}`,
  description: '',
  rule: '',
  count: 2,
  params: PARAMS[id] ?? {},
  paramLimits: {},
  filter: null,
});

const render = (language: Language, node: ReactNode): string =>
  renderToStaticMarkup(<I18nProvider language={language}>{node}</I18nProvider>);

// What the page shows, as text: names with an apostrophe come back escaped otherwise.
const text = (html: string): string => html.replace(/<[^>]+>/g, ' ').replaceAll('&#x27;', "'").replaceAll('&amp;', '&');

describe('one name per segment', () => {
  it('has a name in both languages for every built-in segment', () => {
    expect(Object.keys(enSegmentNames).sort()).toEqual(segmentIds.map((id) => `segment.name.${id}`).sort());
  });

  for (const language of ['en', 'fr'] as const) {
    it(`Home and Segments show the same name, from the table (${language})`, () => {
      const t = translator(language);
      const segments = segmentIds.map(builtIn);
      const home = text(render(language, <SegmentCards segments={segments} onOpen={() => {}} />));
      for (const segment of segments) {
        const name = segmentName(segment, t, language);
        expect(name).not.toContain(segment.name);
        expect(home, segment.id).toContain(name);
        const card = text(render(language, <SegmentCard segment={segment} isCounting={false} onParam={() => {}} onOpen={() => {}} />));
        expect(card, segment.id).toContain(name);
      }
    });
  }

  it('is written once: no other message repeats a built-in segment’s name', () => {
    for (const [catalog, language] of [[en, 'en'], [fr, 'fr']] as const) {
      const names = new Set(segmentIds.map((id) => segmentName(builtIn(id), translator(language), language)));
      const copies = Object.entries(catalog).filter(([key, value]) => !key.startsWith('segment.name.') && names.has(value));
      expect(copies.map(([key]) => key)).toEqual([]);
    }
  });

  // The Messages page loads its segments itself; it must name them through segmentName too.
  it('is the one the Messages page uses to offer a segment', () => {
    const [source = ''] = Object.values(import.meta.glob<string>('../messages/ReactivationCampaign.tsx', { query: '?raw', import: 'default', eager: true }));
    expect(source).toMatch(/segmentName\(/);
    expect(source).not.toMatch(/(segment|chosen)\.name\b/);
  });
});
