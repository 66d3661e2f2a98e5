import { randomInt } from 'node:crypto';
import { fill, joinTexts, type LocalizedText } from '@mahnwerk/domain';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';
import { PASSWORD_TEXTS } from './auth.i18n.js';

export const PASSWORD_MIN_LENGTH = 12;
/** zxcvbn's score (0-4) a password needs: 3 is "safely unguessable" against an offline attack on a slow hash. */
const MIN_SCORE = 3;

/** zxcvbn's feedback as its own keys ("topTen", "useWords"), worded here in every language (PASSWORD_TEXTS). */
const keysOf = <T extends object>(texts: T) => Object.fromEntries(Object.keys(texts).map((k) => [k, k])) as { [K in keyof T]: string };
const FEEDBACK_KEYS = { ...en.translations, warnings: keysOf(en.translations.warnings), suggestions: keysOf(en.translations.suggestions) };

// Built once: the dictionaries (common and breached passwords, English and German words) take a moment to rank.
let estimator: ZxcvbnFactory | undefined;
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary },
    graphs: common.adjacencyGraphs,
    translations: FEEDBACK_KEYS,
  }));

const hintOf = (table: Record<string, LocalizedText>, key: string | null | undefined): LocalizedText[] => {
  const text = key ? table[key] : undefined;
  return text ? [text] : [];
};

/**
 * What is wrong with a new password, as a sentence naming the rule, in every language; null when it
 * may be used. `userInputs` are words an attacker would try first (the user's e-mail and name, the product's name).
 */
export function passwordProblem(password: string, userInputs: string[] = []): LocalizedText | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return fill(PASSWORD_TEXTS.tooShort, { min: PASSWORD_MIN_LENGTH });
  }
  const words = userInputs.map((s) => s.toLowerCase());
  const inputs = ['mahnwerk', ...words, ...words.map((s) => s.split('@')[0]!), ...words.flatMap((s) => s.split(/[^\p{L}\p{N}]+/u))];
  const result = strength().check(password, inputs.filter((s) => s.length > 2));
  if (result.score >= MIN_SCORE) return null;
  const hints: LocalizedText[] = [
    ...hintOf(PASSWORD_TEXTS.warnings, result.feedback.warning),
    ...result.feedback.suggestions.flatMap((s) => hintOf(PASSWORD_TEXTS.suggestions, s)),
  ];
  return joinTexts([PASSWORD_TEXTS.tooEasy, ...hints]);
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password a person can read out and type: four groups of five, about 99 bits. */
export function oneTimePassword(): string {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
