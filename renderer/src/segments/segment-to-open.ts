import { OPEN_SEGMENT_KEY } from '../home/open-segment';

type Store = Pick<Storage, 'getItem' | 'removeItem'>;

// Reading sessionStorage can throw (privacy settings, no window in tests): then nothing was asked.
const session = (): Store | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

// The segment a Home card asked the Segments page to open, if any. Reading does not remove it,
// so React may call this twice (StrictMode) and get the same answer.
export const segmentToOpen = (store: Store | null = session()): string | null => {
  try {
    return store?.getItem(OPEN_SEGMENT_KEY) || null;
  } catch {
    return null;
  }
};

// Once opened, the request is spent: coming back to Segments later shows the list.
export const forgetSegmentToOpen = (store: Store | null = session()): void => {
  try {
    store?.removeItem(OPEN_SEGMENT_KEY);
  } catch {
    // Nothing was stored, or storage is refused: nothing to forget.
  }
};
