import type { enTimeline } from './en-timeline';

// Textes français des écrans timeline, mêmes clés que en-timeline.ts.
export const frTimeline: Record<keyof typeof enTimeline, string> = {
};
