// Moved to core/money/ (the timeline reads amounts the same way); kept for the import code.
export { parseAmount, type ParsedAmount } from '../../money/parse-amount';
