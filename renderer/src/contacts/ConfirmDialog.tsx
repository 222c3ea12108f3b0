// Moved to shared/; kept until messages/ and timeline/ import it from there.
export { ConfirmDialog } from '../shared/ConfirmDialog';
