import { describe, expect, it } from 'vitest';
import { mergeFieldNames as contractFields } from '../../../api';
import { fieldUse, insertField, isBusinessField, mergeFieldNames } from './merge-fields';

describe('merge field groups', () => {
  it('list every field of the contract, once', () => {
    expect([...mergeFieldNames].sort()).toEqual([...contractFields].sort());
  });
});

describe('fieldUse', () => {
  it('tells required fields from those with a fallback, across subject and text', () => {
    const use = fieldUse('Your cart at {{business_name}}', 'Hello {{ first_name| }},\n{{cart_items|a few items}} {{promo_code}}');
    expect(use.used).toEqual(['business_name', 'first_name', 'cart_items', 'promo_code']);
    expect(use.required).toEqual(['business_name', 'promo_code']);
    expect(use.unknown).toEqual([]);
  });

  it('counts a field inside its own section as optional, and the section as a use', () => {
    const use = fieldUse('{{#guarantee}}\nOur guarantee: {{guarantee}}.\n{{/guarantee}}\n{{^faq_url}}Reply.{{/faq_url}} {{promo_code}}');
    expect(use.used).toEqual(['guarantee', 'faq_url', 'promo_code']);
    expect(use.required).toEqual(['promo_code']);
  });

  it('names fields Relance does not know, such as a typo', () => {
    expect(fieldUse('Hi {{frist_name}}').unknown).toEqual(['frist_name']);
  });

  it('ignores text that only looks like a field', () => {
    expect(fieldUse('{{ }} {first_name} {{First_Name}}').used).toEqual([]);
  });
});

describe('insertField', () => {
  it('inserts at the caret and puts the caret after the field', () => {
    expect(insertField('Hello ,', 'first_name', 6, 6)).toEqual({ text: 'Hello {{first_name}},', caret: 20 });
  });

  it('replaces a selection', () => {
    expect(insertField('Hello NAME!', 'first_name', 6, 10)).toEqual({ text: 'Hello {{first_name}}!', caret: 20 });
  });

  it('keeps positions inside the text', () => {
    expect(insertField('Hi', 'email', 99, 99).text).toBe('Hi{{email}}');
  });
});

describe('isBusinessField', () => {
  it('knows which fields the owner fills once', () => {
    expect(isBusinessField('postal_address')).toBe(true);
    expect(isBusinessField('first_name')).toBe(false);
  });
});
