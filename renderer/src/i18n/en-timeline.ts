// English texts of the timeline screens, spread into en.ts; fr-timeline.ts has the same keys.
export const enTimeline = {
} as const;
