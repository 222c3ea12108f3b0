import { fileURLToPath } from 'node:url';

export const rendererDir = (): string => fileURLToPath(new URL('../dist/renderer', import.meta.url));
export const migrationsFolder = (): string => fileURLToPath(new URL('../db/migrations', import.meta.url));
