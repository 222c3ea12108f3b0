import { describe, expect, it } from 'vitest';
import { importFields } from '../../../api';
import { contactFields, eventFields, withColumn } from './field-labels';

describe('mapping choices', () => {
  it('offers every target once, ignore first and apart', () => {
    expect(['ignore', ...contactFields, ...eventFields].sort()).toEqual([...importFields].sort());
  });

  it('changes one column and keeps the rest of the mapping', () => {
    const mapping = { columns: ['email', 'ignore'] as const, defaultKind: 'donor' as const, defaultEventType: null };
    expect(withColumn({ ...mapping, columns: [...mapping.columns] }, 1, 'event.amount')).toEqual({
      columns: ['email', 'event.amount'],
      defaultKind: 'donor',
      defaultEventType: null,
    });
  });
});
