import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/i18n';
import { describeImportError } from './import-error';

// A file refused as a whole comes with its rule, so the window says why in its own language.
describe('describeImportError', () => {
  const pdf = {
    code: 'VALIDATION' as const,
    message: '"export.pdf" is a PDF document, which cannot be imported. Export your contacts as CSV, Excel (.xlsx) or vCard (.vcf) and import that file.',
    issues: [{ path: 'file', message: '…', rule: 'import.file.pdf', params: { fileName: 'export.pdf', format: 'PDF' } }],
  };

  it('words a refused file in French', () => {
    expect(describeImportError(pdf, translator('fr'))).toBe(
      '« export.pdf » est un document PDF, qui ne peut pas être importé. Exportez vos contacts en CSV, Excel (.xlsx) ou vCard (.vcf) et importez ce fichier.',
    );
  });

  it('words it in English', () => {
    expect(describeImportError(pdf, translator('en'))).toContain('“export.pdf” is a PDF document');
  });

  it('says a staged file is gone, and what to do, in French', () => {
    const gone = { code: 'NOT_FOUND' as const, message: 'This file is no longer available. Choose it again.', issues: [{ path: 'file', message: '…', rule: 'import.file.gone', params: {} }] };
    expect(describeImportError(gone, translator('fr'))).toBe('Ce fichier n’est plus disponible. Choisissez-le de nouveau.');
  });

  it('keeps core’s sentence for a refusal without a rule', () => {
    expect(describeImportError({ code: 'VALIDATION', message: 'Something new about the file.' }, translator('fr'))).toBe('Something new about the file.');
  });
});
