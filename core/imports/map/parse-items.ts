// Moved to core/events/ (the timeline reads items the same way); kept for the import code.
export { mergeItems, parseItems } from '../../events/parse-items';
