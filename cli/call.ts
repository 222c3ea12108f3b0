import type { MethodInput, MethodName, MethodOutput } from '../api';
import type { Booted } from '../core/boot';
import { dispatch } from '../core/dispatch';
import { CliError } from './output';

// The command line enters core by the same door as the two hosts (docs/architecture.md): the contract's
// schema, the handler, errors as data, push events, and re-planning after a change.
export const callCore = async <M extends MethodName>(booted: Booted, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
  const result = await dispatch(booted.handlers, method, input);
  if (result.ok) return result.value as MethodOutput<M>;
  const details = result.error.issues?.map((issue) => `${issue.path ? `${issue.path}: ` : ''}${issue.message}`).join(' ') ?? '';
  throw new CliError(details && result.error.code === 'VALIDATION' ? `${result.error.message} ${details}` : result.error.message);
};
