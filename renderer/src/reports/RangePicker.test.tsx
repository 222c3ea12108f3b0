import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider, type Language } from '../i18n/i18n';
import type { Range, RangeKind } from './range';
import { RangePicker } from './RangePicker';

const render = (language: Language, kind: RangeKind, range: Range): string =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <RangePicker kind={kind} range={range} onPreset={() => {}} onCustom={() => {}} />
    </I18nProvider>,
  );

describe('the period picker', () => {
  it('offers the four periods, the current one checked, and no day fields until Custom', () => {
    const html = render('fr', 'giving', { from: '2026-01-01', to: '2026-12-07' });
    expect([...html.matchAll(/<label class="reports-range-kind">.*?<\/label>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''))).toEqual([
      'Ce mois-ci',
      'Les 12 derniers mois',
      'Cette année de dons',
      'Personnalisée',
    ]);
    expect(html).toContain(`checked="" value="giving"`);
    expect(html).not.toContain('type="date"');
  });

  it('a custom range in the wrong order cannot be shown, and says why', () => {
    const html = render('en', 'custom', { from: '2026-12-07', to: '2026-12-01' });
    expect(html).toContain(`type="date" max="2026-12-01" value="2026-12-07"`);
    expect(html).toMatch(/<button type="submit" class="primary" disabled="">Show<\/button>/);
    expect(html).toContain('Choose two dates, the first on or before the second.');
    expect(render('en', 'custom', { from: '2026-12-01', to: '2026-12-07' })).not.toContain('disabled');
  });
});
