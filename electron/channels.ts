// The only IPC channels between main and preload. Methods go through the contract on invoke;
// a file's bytes get their own channel so they travel as binary, not through a method's JSON schema.
export const INVOKE_CHANNEL = 'relance:invoke';
export const EVENT_CHANNEL = 'relance:event';
export const STAGE_FILE_CHANNEL = 'relance:stage-file';
