// Moved to core/money/ (the timeline reads amounts the same way); kept for the import code.
export { currencyCode, currencyInHeader, currencyTokenPattern, minorDigits } from '../../money/currency';
