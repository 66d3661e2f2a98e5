import { centsToDecimalString, currencyMinorDigits, formatAmount, type Cents, type CurrencyCode } from '../money.js';
import type { IsoDate } from '../dates.js';

/** The languages a person may read Mahnwerk's messages in; English is the fallback. */
export const TEXT_LANGUAGES = ['en', 'de', 'da'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/** One message in every language, as a person reads it. `{name}` marks a value filled in by `fill`. */
export interface LocalizedText {
  en: string;
  de: string;
  da: string;
}

/** A value put into a message: the same in every language, or already worded per language. */
export type TextValue = string | number | LocalizedText;

export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && TEXT_LANGUAGES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');
}

export function isTextLanguage(value: unknown): value is TextLanguage {
  return (TEXT_LANGUAGES as readonly unknown[]).includes(value);
}

/** The text in `language`; a plain string is the same in every language. */
export function textIn(text: string | LocalizedText, language: TextLanguage): string {
  return typeof text === 'string' ? text : text[language];
}

/** A text that does not change with the language (a name, a reference, a code). */
export function untranslated(text: string): LocalizedText {
  return { en: text, de: text, da: text };
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The `{name}` placeholders a template uses, sorted: the same set in every language. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
}

/** The template with its `{name}` placeholders replaced, each language with the value's own wording. */
export function fill(template: LocalizedText, values: Readonly<Record<string, TextValue>> = {}): LocalizedText {
  const one = (language: TextLanguage) =>
    template[language].replace(PLACEHOLDER, (whole, name: string) => {
      const value = values[name];
      if (value === undefined) throw new RangeError(`No value for {${name}} in "${template.en}"`);
      return typeof value === 'object' ? value[language] : String(value);
    });
  return { en: one('en'), de: one('de'), da: one('da') };
}

/** Texts joined per language (sentences with ' ', list items with '; '). */
export function joinTexts(texts: readonly LocalizedText[], separator = ' '): LocalizedText {
  return {
    en: texts.map((t) => t.en).join(separator),
    de: texts.map((t) => t.de).join(separator),
    da: texts.map((t) => t.da).join(separator),
  };
}

/** `count` with the singular or plural word of each language: plural(3, DAYS) -> "3 days" / "3 Tage" / "3 dage". */
export function plural(count: number, words: { one: LocalizedText; other: LocalizedText }): LocalizedText {
  return fill(count === 1 ? words.one : words.other, { count });
}

const GROUPED = { de: new Map<number, Intl.NumberFormat>(), da: new Map<number, Intl.NumberFormat>() };
function groupedIn(language: 'de' | 'da', digits: number): Intl.NumberFormat {
  let format = GROUPED[language].get(digits);
  if (!format) {
    format = new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'da-DK', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
    GROUPED[language].set(digits, format);
  }
  return format;
}

/** An amount with its currency code in each language's number format: "1,000.00 EUR" / "1.000,00 EUR". */
export function amountText(cents: Cents, currency: CurrencyCode): LocalizedText {
  const digits = currencyMinorDigits(currency);
  const exact = centsToDecimalString(cents, digits) as `${number}`;
  const code = currency.toUpperCase();
  return { en: formatAmount(cents, currency), de: `${groupedIn('de', digits).format(exact)} ${code}`, da: `${groupedIn('da', digits).format(exact)} ${code}` };
}

/** A calendar date as each language writes it: "2026-03-01" / "01.03.2026" / "01.03.2026". */
export function dateText(date: IsoDate): LocalizedText {
  const [y, m, d] = date.split('-');
  return { en: date, de: `${d}.${m}.${y}`, da: `${d}.${m}.${y}` };
}

/** Every text inside a message table (nested objects and arrays), each with where it stands: "NAME.key[0]". */
export function localizedTextsIn(value: unknown, where: string): [string, LocalizedText][] {
  if (isLocalizedText(value)) return [[where, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedTextsIn(v, `${where}[${i}]`));
  if (typeof value === 'object' && value !== null && !(value instanceof RegExp)) {
    return Object.entries(value).flatMap(([k, v]) => localizedTextsIn(v, `${where}.${k}`));
  }
  return [];
}

/** What is wrong with a text of a table: a language without words, or other placeholders than the English. */
export function textProblems(where: string, text: LocalizedText): string[] {
  return TEXT_LANGUAGES.flatMap((language) => [
    ...(text[language].trim() === '' ? [`${where}: no ${language} text`] : []),
    ...(placeholdersOf(text[language]).join() !== placeholdersOf(text.en).join() ? [`${where}: ${language} placeholders differ from en`] : []),
  ]);
}
