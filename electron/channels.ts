// The only two IPC channels between main and preload; everything else goes through the contract.
export const INVOKE_CHANNEL = 'relance:invoke';
export const EVENT_CHANNEL = 'relance:event';
