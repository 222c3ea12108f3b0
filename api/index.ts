export * from './contacts';
export * from './contract';
export * from './errors';
export * from './events';
export * from './imports';
export * from './segments';
export * from './settings';
