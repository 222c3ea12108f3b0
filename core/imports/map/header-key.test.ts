import { describe, expect, it } from 'vitest';
import { headerKey } from './header-key';

describe('headerKey', () => {
  it('is the same for the same columns whatever the case, outer spaces or BOM', () => {
    expect(headerKey(['\uFEFFEmail', ' First Name ', 'TAGS'])).toBe(headerKey(['email', 'first name', 'tags']));
  });

  it('differs when the columns or their order differ', () => {
    expect(headerKey(['Email', 'Name'])).not.toBe(headerKey(['Name', 'Email']));
    expect(headerKey(['Email', 'Name'])).not.toBe(headerKey(['Email', 'Name', 'Phone']));
    // Joining must not make ["a,b"] and ["a", "b"] the same key.
    expect(headerKey(['a,b'])).not.toBe(headerKey(['a', 'b']));
  });

  it('is stable text that can be stored', () => {
    expect(headerKey(['Email', 'Prénom'])).toBe('email\u001fprénom');
  });
});
