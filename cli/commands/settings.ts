import { parseArgs } from 'node:util';
import { callCore } from '../call';
import { CliError, formatTable } from '../output';
import { listSettings, patchFor } from '../settings-keys';
import { withCore } from '../with-core';

export const runSettings = async (argv: string[]): Promise<void> => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'data-dir': { type: 'string' }, json: { type: 'boolean', default: false }, demo: { type: 'boolean', default: false } },
  });
  const [verb, key, value, ...extra] = positionals;
  if (verb !== undefined && verb !== 'set') throw new CliError(`Unknown settings command "${verb}": relance settings, or relance settings set KEY VALUE.`, 2);
  if (verb === 'set' && (key === undefined || value === undefined || extra.length > 0)) throw new CliError('Write it as: relance settings set KEY VALUE (quote a value with spaces).', 2);
  await withCore(values, async (booted) => {
    let settings = await callCore(booted, 'settings.get', {});
    if (verb === 'set') settings = await callCore(booted, 'settings.update', patchFor(settings, key!, value!));
    const pairs = listSettings(settings);
    if (verb === 'set') {
      console.log(`${key} = ${pairs.find(([name]) => name === key)?.[1] ?? value}`);
      return;
    }
    if (values.json) process.stdout.write(`${JSON.stringify(Object.fromEntries(pairs), null, 2)}\n`);
    else process.stdout.write(`${formatTable(['Key', 'Value'], pairs, 80)}\n`);
  });
};
