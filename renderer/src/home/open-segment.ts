// The Segments page opens the segment named here once, then forgets it (agreed with its owner:
// a card on Home writes the id, the Segments page reads and removes it).
export const OPEN_SEGMENT_KEY = 'relance.openSegment';

export const rememberSegmentToOpen = (id: string): void => {
  try {
    sessionStorage.setItem(OPEN_SEGMENT_KEY, id);
  } catch {
    // Storage can be refused (privacy settings); Segments then opens on its default view.
  }
};
