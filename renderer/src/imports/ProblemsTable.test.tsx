import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { ProblemsTable } from './ProblemsTable';

const render = (problems: Parameters<typeof ProblemsTable>[0]['problems']): string =>
  renderToStaticMarkup(
    <I18nProvider language="fr">
      <ProblemsTable problems={problems} problemCount={problems.length} />
    </I18nProvider>,
  );

describe('ProblemsTable', () => {
  it('words a problem with a known rule in the window’s language', () => {
    const html = render([{ line: 4, column: 'Inscrit le', message: '“31/02/2024” is not a date.', rule: 'import.notADate', params: { value: '31/02/2024' } }]);
    expect(html).toContain('« 31/02/2024 » n’est pas une date.');
    expect(html).not.toContain('is not a date');
  });

  it('falls back to the English message when the rule is unknown or missing', () => {
    const html = render([
      { line: 2, column: null, message: 'Something new went wrong.', rule: 'import.fromALaterVersion' },
      { line: 3, column: null, message: 'An older problem without a rule.' },
    ]);
    expect(html).toContain('Something new went wrong.');
    expect(html).toContain('An older problem without a rule.');
  });
});
