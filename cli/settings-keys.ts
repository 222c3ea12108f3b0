import type { Settings, SettingsPatch } from '../api';
import { CliError } from './output';

// The settings as flat keys for a terminal: `business.name`, `send.window`… A few names read as
// the owner says them (business.email, business.address, send.window); every other key is the
// setting's own path.
const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const ALIASES: Record<string, string> = { 'business.email': 'business.replyAddress', 'business.address': 'business.postalAddress' };

const hour = (h: number) => `${String(h).padStart(2, '0')}:00`;

// `mon-fri 09:00-18:00`: consecutive days as a range, others listed (`mon,wed,fri`).
export const formatWindow = (window: Settings['sendWindow']): string => {
  const days = [...window.days].sort((a, b) => ((a + 6) % 7) - ((b + 6) % 7));
  const monFirst = days.map((d) => (d + 6) % 7);
  const isRange = monFirst.every((d, i) => i === 0 || d === monFirst[i - 1]! + 1);
  const dayText = days.length === 0 ? 'none' : isRange && days.length > 1 ? `${DAYS[days[0]!]}-${DAYS[days.at(-1)!]}` : days.map((d) => DAYS[d]).join(',');
  return `${dayText} ${hour(window.startHour)}-${hour(window.endHour)}`;
};

const parseHour = (text: string): number => {
  const match = text.match(/^(\d{1,2})(?::(\d{2}))?$/);
  if (!match) throw new CliError(`"${text}" is not a time: write it as 09:00.`, 2);
  if (match[2] && match[2] !== '00') throw new CliError('The send window uses whole hours, such as 09:00-18:00.', 2);
  return Number(match[1]);
};

export const parseWindow = (value: string): Settings['sendWindow'] => {
  const match = value.trim().toLowerCase().match(/^([a-z,-]+)\s+(\S+)-(\S+)$/);
  if (!match) throw new CliError(`"${value}" is not a send window: write it as "mon-fri 09:00-18:00".`, 2);
  const days = new Set<number>();
  for (const part of match[1]!.split(',')) {
    const [from, to] = part.split('-');
    const start = DAYS.indexOf(from!);
    const end = to === undefined ? start : DAYS.indexOf(to);
    if (start < 0 || end < 0) throw new CliError(`"${part}" is not a day: use mon, tue, wed, thu, fri, sat, sun.`, 2);
    // Monday-first order, so mon-sun is the whole week.
    for (let d = (start + 6) % 7; ; d = (d + 1) % 7) {
      days.add((d + 1) % 7);
      if (d === (end + 6) % 7) break;
    }
  }
  return { days: [...days].sort(), startHour: parseHour(match[2]!), endHour: parseHour(match[3]!) };
};

const flatten = (value: unknown, prefix: string, out: [string, string][]) => {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, out);
  } else out.push([prefix, Array.isArray(value) ? value.join(',') : String(value)]);
};

export const listSettings = (settings: Settings): [string, string][] => {
  const out: [string, string][] = [];
  const { sendWindow, ...rest } = settings;
  flatten(rest, '', out);
  out.push(['send.window', formatWindow(sendWindow)]);
  return out.map(([key, value]) => [Object.entries(ALIASES).find(([, path]) => path === key)?.[0] ?? key, value]);
};

// A value as typed: true/false, a number, a comma list for arrays, otherwise text.
const typed = (text: string, current: unknown): unknown => {
  if (typeof current === 'boolean') {
    if (text !== 'true' && text !== 'false') throw new CliError(`This setting takes true or false.`, 2);
    return text === 'true';
  }
  if (typeof current === 'number') {
    const number = Number(text);
    if (text.trim() === '' || !Number.isFinite(number)) throw new CliError(`This setting takes a number.`, 2);
    return number;
  }
  if (Array.isArray(current)) return text === '' ? [] : text.split(',').map((part) => part.trim());
  return text;
};

// The patch `settings set KEY VALUE` sends: the whole top-level setting with one field changed,
// so the contract's schema checks it as the Settings window would.
export const patchFor = (settings: Settings, key: string, value: string): SettingsPatch => {
  if (key === 'send.window') return { sendWindow: parseWindow(value) };
  const path = (ALIASES[key] ?? key).split('.');
  const [top, ...inner] = path;
  if (!top || !Object.hasOwn(settings, top)) throw new CliError(`There is no setting "${key}". relance settings lists them.`, 2);
  const root = structuredClone((settings as Record<string, unknown>)[top]);
  if (inner.length === 0) return { [top]: typed(value, root) } as SettingsPatch;
  let node = root as Record<string, unknown>;
  for (const part of inner.slice(0, -1)) {
    if (typeof node[part] !== 'object' || node[part] === null) throw new CliError(`There is no setting "${key}". relance settings lists them.`, 2);
    node = node[part] as Record<string, unknown>;
  }
  const last = inner.at(-1)!;
  if (!Object.hasOwn(node, last)) throw new CliError(`There is no setting "${key}". relance settings lists them.`, 2);
  node[last] = typed(value, node[last]);
  return { [top]: root } as SettingsPatch;
};
