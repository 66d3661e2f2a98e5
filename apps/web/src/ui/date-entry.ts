import { isIsoDate, type IsoDate } from './date';

/**
 * Typed calendar dates in the workbench language: "31.12.2026" (de, da), "31/12/2026" (en). The order of
 * day, month and year and the separator come from Intl for the locale, so a date reads and is typed
 * the way the rest of the screen writes it.
 */

type Part = 'day' | 'month' | 'year';

interface EntryFormat {
  order: Part[];
  separator: string;
}

const formats = new Map<string, EntryFormat>();

function numericFormatter(locale: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
}

function entryFormat(locale: string): EntryFormat {
  let format = formats.get(locale);
  if (!format) {
    const parts = numericFormatter(locale).formatToParts(new Date(Date.UTC(2026, 11, 31)));
    const order = parts.map((p) => p.type).filter((t): t is Part => t === 'day' || t === 'month' || t === 'year');
    const separator = parts.find((p) => p.type === 'literal')?.value.trim() || '.';
    format = { order, separator };
    formats.set(locale, format);
  }
  return format;
}

/** A calendar date as typed in `locale` ("31.12.2026"); anything that is not a date is returned unchanged. */
export function formatDateEntry(value: string, locale: string): string {
  if (!isIsoDate(value)) return value;
  const [year, month, day] = value.split('-');
  const part = { day, month, year };
  return entryFormat(locale).order.map((p) => part[p]).join(entryFormat(locale).separator);
}

/** The pattern a date is typed in ("TT.MM.JJJJ"), with the language's letters for day, month and year. */
export function dateEntryPattern(locale: string, letters: Record<Part, string>): string {
  const { order, separator } = entryFormat(locale);
  return order.map((p) => letters[p]).join(separator);
}

/**
 * The calendar date a person typed, or null when it is none. Accepts the locale's order with any
 * separator ("1.7.2026", "01/07/2026", "1 7 26"), eight digits in that order ("01072026"), and ISO
 * ("2026-07-01", as pasted from elsewhere). Two-digit years are this century.
 */
export function parseDateEntry(text: string, locale: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const { order } = entryFormat(locale);
  let groups: string[] | null;
  if (iso) groups = [iso[1]!, iso[2]!, iso[3]!];
  else if (/^\d{8}$/.test(trimmed)) groups = splitCompact(trimmed, order);
  else groups = trimmed.match(/\d+/g);
  if (!groups || groups.length !== 3 || /[^\d\s./,-]/.test(trimmed)) return null;
  const part = iso ? { year: groups[0]!, month: groups[1]!, day: groups[2]! } : Object.fromEntries(order.map((p, i) => [p, groups![i]!])) as Record<Part, string>;
  if (part.year.length !== 4 && part.year.length !== 2) return null;
  if (part.day.length > 2 || part.month.length > 2) return null;
  const year = part.year.length === 2 ? `20${part.year}` : part.year;
  const candidate = `${year}-${part.month.padStart(2, '0')}-${part.day.padStart(2, '0')}`;
  return isIsoDate(candidate) ? candidate : null;
}

function splitCompact(digits: string, order: Part[]): string[] {
  const groups: string[] = [];
  let at = 0;
  for (const p of order) {
    const length = p === 'year' ? 4 : 2;
    groups.push(digits.slice(at, at + length));
    at += length;
  }
  return groups;
}

/** A time of day as typed ("14:30", "9.05", "1430", "9"), as "HH:MM" on the 24-hour clock; null when it is none. */
export function parseTimeEntry(text: string): string | null {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
