// The browser host's key for this session. `relance web` prints `http://127.0.0.1:PORT/#token=KEY`:
// a fragment is never sent to a server, so the key reaches no server log and no other port (a
// cookie for 127.0.0.1 would go to every port of it). The page moves it to sessionStorage, which
// survives a reload of this tab only, and takes it out of the address bar at once.
export const SESSION_KEY_ITEM = 'relance.sessionKey';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
type Address = { location: Pick<Location, 'hash' | 'pathname' | 'search'>; history: Pick<History, 'replaceState' | 'state'> };

// Reading sessionStorage can throw (privacy settings): then the page simply has no key.
const session = (): Store | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

// Moves a `#token=KEY` fragment into the store and out of the address (no history entry left
// with it). Returns the key now stored, or null.
export const takeKeyFromAddress = (address: Address = window, store: Store | null = session()): string | null => {
  const match = /^#token=([\w-]+)$/.exec(address.location.hash);
  if (match) {
    address.history.replaceState(address.history.state, '', `${address.location.pathname}${address.location.search}`);
    try {
      store?.setItem(SESSION_KEY_ITEM, match[1]!);
    } catch {
      // Storage refused: the key still serves this page until it is reloaded.
      return match[1]!;
    }
  }
  return sessionKey(store);
};

export const sessionKey = (store: Store | null = session()): string | null => {
  try {
    return store?.getItem(SESSION_KEY_ITEM) || null;
  } catch {
    return null;
  }
};

export const forgetSessionKey = (store: Store | null = session()): void => {
  try {
    store?.removeItem(SESSION_KEY_ITEM);
  } catch {
    // Nothing stored, or storage refused: nothing to forget.
  }
};
