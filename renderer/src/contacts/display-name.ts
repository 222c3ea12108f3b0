// Moved to shared/; kept until messages/ and timeline/ import it from there.
export { displayName } from '../shared/display-name';
