// Moved to core/respect/ (the suppression list's own module); kept for the import code.
export { suppressionHash } from '../respect/suppression-hash';
