// Calendar arithmetic on ISO dates (UTC, so no time zone shifts a day).

const DAY_MS = 86_400_000;
import { MONTHS, WEEKDAYS } from "../shared/calendar.js";

export { MONTHS, WEEKDAYS };

export function toDays(iso: string): number {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
}

export function fromDays(days: number): string {
  return new Date(days * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDays(toDays(iso) + days);
}

export function weekday(iso: string): string {
  return WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
}

/** "October 31" */
export function monthDay(iso: string): string {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}`;
}

/** "20220211" */
export function compact(iso: string): string {
  return iso.replaceAll("-", "");
}

/** "23.02.2022" */
export function dotted(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** True when `iso` falls in [from, to) (open ends when absent), the gazetteer's office convention. */
export function within(iso: string, from?: string, to?: string): boolean {
  return (!from || iso >= from) && (!to || iso < to);
}
