import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect-preset';
import { mapRows } from './map-rows';
import { table } from './test-support/table';

// Cells are data. Formula-like values and markup are kept exactly as written; escaping them is
// the job of whatever displays or exports them (CSV export neutralises formulas, templates
// escape HTML), never of the import, which must not lose what the person typed.

const hostile = {
  formula: '=HYPERLINK("http://evil.example","Click")',
  dde: "@SUM(1+1)*cmd|' /C calc'!A0",
  plus: '+33 6 12 34 56 78',
  minus: '-5',
  script: '<script>alert(1)</script>',
  template: '{{x}} ${x} <%= x %>',
};

describe('hostile cells', () => {
  const headers = ['First Name', 'Last Name', 'Email', 'Phone', 'Company', 'Notes', 'Tags'];
  const rows = [
    [hostile.formula, hostile.minus, hostile.dde, hostile.plus, hostile.script, hostile.template, hostile.script],
    [hostile.template, hostile.dde, 'a@example.com', hostile.formula, hostile.formula, hostile.dde, '{{x}}'],
  ];

  it('keeps formula-like and markup cells verbatim in every text field', () => {
    const records = mapRows(table(headers, rows), detectPreset(headers).mapping, { fileName: 'x.csv', now: new Date() });
    expect(records[0]).toMatchObject({
      firstName: hostile.formula,
      lastName: hostile.minus,
      email: hostile.dde,
      phone: hostile.plus,
      company: hostile.script,
      notes: hostile.template,
      tags: [hostile.script],
    });
    expect(records[1]).toMatchObject({ firstName: hostile.template, lastName: hostile.dde, phone: hostile.formula, company: hostile.formula, notes: hostile.dde, tags: ['{{x}}'] });
    expect(records.flatMap((record) => record.problems)).toEqual([]);
  });

  it('never evaluates a formula as an amount', () => {
    const t = table(['Email', 'Date', 'Amount', 'Reference'], [['a@example.com', '2024-01-01', '=1+1', '=HYPERLINK("x")']]);
    const [record] = mapRows(t, { columns: ['email', 'event.date', 'event.amount', 'event.reference'], defaultKind: null, defaultEventType: 'order' }, { fileName: 'x.csv', now: new Date() });
    expect(record!.events[0]).toMatchObject({ amountMinor: null, reference: '=HYPERLINK("x")' });
    expect(record!.problems[0]!.message).toBe('“=1+1” is not an amount.');
  });
});
