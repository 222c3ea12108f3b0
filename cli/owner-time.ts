import type { Booted } from '../core/boot';
import { callCore } from './call';

// Times on the terminal are the owner's (Settings: time zone), with the offset so a line pasted
// elsewhere still means one instant: "2026-11-25 09:14 +01:00". --json keeps ISO 8601 UTC.
const pad = (n: number) => String(n).padStart(2, '0');

const wallOf = (ms: number, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(ms);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
};

// "+01:00" for Paris in winter, "-05:00" for New York.
export const offsetText = (ms: number, timeZone: string): string => {
  const w = wallOf(ms, timeZone);
  const minutes = Math.round((Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000) / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};

export const ownerTime = (iso: string, timeZone: string): string => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const w = wallOf(ms, timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} ${offsetText(ms, timeZone)}`;
};

// The day an instant falls on for the owner ("unsubscribed on 2026-11-25").
export const ownerDay = (iso: string, timeZone: string): string => ownerTime(iso, timeZone).slice(0, 10);

// Core writes times in reasons in UTC ("moved to 2026-03-09 08:00 UTC"): the terminal shows them
// in the owner's zone like every other time. Days alone are dates and stay as written.
export const ownerReason = (reason: string, timeZone: string): string =>
  reason.replace(/(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC/g, (_, day: string, time: string) => ownerTime(`${day}T${time}:00Z`, timeZone));

export const ownerZoneOf = async (booted: Booted): Promise<string> => (await callCore(booted, 'settings.get', {})).timeZone;
