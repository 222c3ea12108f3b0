import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ColumnNote } from '../../../api';
import { I18nProvider } from '../i18n/i18n';
import type { Language } from '../i18n/i18n';
import type { ImportField } from './field-labels';
import { LeftOutColumns } from './LeftOutColumns';

const headers = ['Name', 'Last Active', 'Orders', 'Customer type'];
const notes: ColumnNote[] = [
  { column: 'Last Active', rule: 'import.leftOut.dates', params: { field: 'lastName', value: '2026-11-20 14:02:11' } },
  { column: 'Orders', rule: 'import.leftOut.figure', params: {} },
  { column: 'Customer type', rule: 'import.leftOut.notEventTypes', params: { field: 'event.type', value: 'returning' } },
];

const render = (language: Language, columns: ImportField[]): string =>
  renderToStaticMarkup(
    <I18nProvider language={language}>
      <LeftOutColumns notes={notes} headers={headers} columns={columns} />
    </I18nProvider>,
  );

describe('LeftOutColumns', () => {
  it('says in the window’s language why each column was left out, naming the field by its label', () => {
    const fr = render('fr', ['fullName', 'ignore', 'ignore', 'ignore']);
    expect(fr).toContain('« Last Active » n’a pas été lue comme « Nom » : elle contient des dates, comme « 2026-11-20 14:02:11 ».');
    expect(fr).toContain('« Orders » est un chiffre que l’export calcule');
    expect(fr).not.toContain('lastName');
    const en = render('en', ['fullName', 'ignore', 'ignore', 'ignore']);
    expect(en).toContain('“Last Active” was not read as “Last name”: it holds dates, such as “2026-11-20 14:02:11”.');
  });

  it('drops the note of a column the person mapped anyway, and shows nothing once none is left out', () => {
    expect(render('en', ['fullName', 'ignore', 'ignore', 'event.status'])).not.toContain('Customer type');
    expect(render('en', ['fullName', 'createdAt', 'notes', 'event.status'])).toBe('');
  });
});

describe('LeftOutColumns with two columns of the same name', () => {
  const twice = ['Email', 'Company', 'company'];
  const duplicate: ColumnNote = { column: 'company', rule: 'import.leftOut.duplicate', params: { field: 'company', index: '2', position: '3', firstPosition: '2' } };
  const renderTwice = (language: Language, columns: ImportField[]) =>
    renderToStaticMarkup(
      <I18nProvider language={language}>
        <LeftOutColumns notes={[duplicate]} headers={twice} columns={columns} />
      </I18nProvider>,
    );

  it('says the second is left out, in French and English, until the person maps it', () => {
    expect(renderTwice('en', ['email', 'company', 'ignore'])).toContain('“company” (column 3) has the same name as column 2, which is read as “Company”: this second one is left out.');
    expect(renderTwice('fr', ['email', 'company', 'ignore'])).toContain('« company » (colonne 3) porte le même nom que la colonne 2, lue comme « Société » : cette seconde colonne est laissée de côté.');
    expect(renderTwice('en', ['email', 'company', 'notes'])).toBe('');
  });
});
