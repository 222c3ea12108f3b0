import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { contract, type MethodInput, type MethodName, type MethodOutput, type ParsedInput } from '../../api';
import { bootCore, type Booted } from '../boot';
import { DomainError } from '../errors';
import type { Clock } from '../ports';

// A fresh core on its own database file for each test of the calling file, removed afterwards.
export const useTempCore = (name: string, clock: Clock): (() => Booted) => {
  let dir = '';
  let booted: Booted | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), `relance-${name}-`));
    booted = bootCore({ dataDir: dir, migrationsFolder: 'db/migrations', host: 'cli', clock });
  });
  afterEach(() => {
    booted?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return () => booted!;
};

// Calls a method as every host does: input through the contract's schema, then the handler.
export const callThrough =
  (booted: () => Booted) =>
  async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const handler = booted().handlers[method] as (input: ParsedInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
    return handler(contract[method].input.parse(input) as ParsedInput<M>);
  };

// The DomainError a call is refused with; anything else, or no refusal, fails the test.
export const domainErrorOf = async (work: () => Promise<unknown>): Promise<DomainError> => {
  try {
    await work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
};
