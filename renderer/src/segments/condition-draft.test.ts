import { describe, expect, it } from 'vitest';
import { conditionOps, type CustomField } from '../../../api';
import { fromCondition, startDraft, toCondition, withOp } from './condition-draft';

describe('condition drafts', () => {
  it('every field starts as a valid condition', () => {
    for (const field of Object.keys(conditionOps) as CustomField[]) {
      const draft = startDraft(field);
      if (field === 'tag') expect(toCondition(draft)).toBeNull();
      else expect(toCondition(draft), field).not.toBeNull();
    }
  });

  it('reads amounts with a decimal comma into minor units and back', () => {
    const draft = { ...startDraft('lifetimeValue'), value: '12,5' };
    expect(toCondition(draft)).toEqual({ field: 'lifetimeValue', op: 'atLeast', value: 1250 });
    expect(fromCondition({ field: 'lifetimeValue', op: 'atLeast', value: 1250 }).value).toBe('12.5');
  });

  it('refuses what is not a whole, positive number where one is needed', () => {
    expect(toCondition({ ...startDraft('orderCount'), value: '2.5' })).toBeNull();
    expect(toCondition({ ...startDraft('orderCount'), value: '-1' })).toBeNull();
    expect(toCondition({ ...startDraft('lastOrder'), amount: '0' })).toBeNull();
    expect(toCondition({ ...startDraft('lastOrder'), amount: '' })).toBeNull();
    expect(toCondition({ ...startDraft('lifetimeValue'), value: 'abc' })).toBeNull();
  });

  it('"never" needs no period, and going back to a period keeps or restores one', () => {
    const never = withOp(startDraft('lastOrder'), 'never');
    expect(toCondition(never)).toEqual({ field: 'lastOrder', op: 'never' });
    expect(toCondition(withOp(never, 'inLast'))).toEqual({ field: 'lastOrder', op: 'inLast', amount: 6, unit: 'months' });
    expect(toCondition(withOp({ ...never, amount: '' }, 'inLast'))).toEqual({ field: 'lastOrder', op: 'inLast', amount: 6, unit: 'months' });
  });

  it('round-trips saved conditions', () => {
    const condition = { field: 'createdAt', op: 'inLast', amount: 30, unit: 'days' } as const;
    expect(toCondition(fromCondition(condition))).toEqual(condition);
    expect(toCondition(fromCondition({ field: 'unsubscribed', op: 'yes' }))).toEqual({ field: 'unsubscribed', op: 'yes' });
  });
});
