import { describe, expect, it } from 'vitest';
import { SESSION_KEY_ITEM, forgetSessionKey, sessionKey, takeKeyFromAddress } from './session-key';

const KEY = 'L0Lny5HeX7DY7MeIcB244xwXrlwCXSn5c8cNuEnUYn4';

// A tab's address and history, and its sessionStorage, as plain objects.
const tab = (hash: string, search = '') => {
  const replaced: string[] = [];
  const location = { hash, pathname: '/', search };
  const history = {
    state: null,
    replaceState: (_state: unknown, _unused: string, url?: string | URL | null) => {
      replaced.push(String(url));
      location.hash = '';
    },
  };
  return { address: { location, history }, replaced };
};

const storage = () => {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, value),
    removeItem: (name: string) => void items.delete(name),
  };
};

describe('takeKeyFromAddress', () => {
  it('moves #token=KEY into the store and out of the address, leaving no history entry with it', () => {
    const { address, replaced } = tab(`#token=${KEY}`, '?demo');
    const store = storage();
    expect(takeKeyFromAddress(address, store)).toBe(KEY);
    expect(store.items.get(SESSION_KEY_ITEM)).toBe(KEY);
    expect(replaced).toEqual(['/?demo']);
    expect(address.location.hash).toBe('');
  });

  it('keeps the stored key on a reload, and touches an address without a key not at all', () => {
    const store = storage();
    store.setItem(SESSION_KEY_ITEM, KEY);
    const { address, replaced } = tab('#/contacts');
    expect(takeKeyFromAddress(address, store)).toBe(KEY);
    expect(replaced).toEqual([]);
  });

  it('has no key when neither the address nor the store has one', () => {
    expect(takeKeyFromAddress(tab('').address, storage())).toBeNull();
    expect(takeKeyFromAddress(tab('#token=').address, storage())).toBeNull();
  });

  it('still uses a key the store refuses, for this page', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('SecurityError'); }, removeItem: () => {} };
    const { address, replaced } = tab(`#token=${KEY}`);
    expect(takeKeyFromAddress(address, refusing)).toBe(KEY);
    expect(replaced).toEqual(['/']);
  });

  it('forgets the key', () => {
    const store = storage();
    store.setItem(SESSION_KEY_ITEM, KEY);
    forgetSessionKey(store);
    expect(sessionKey(store)).toBeNull();
  });
});
