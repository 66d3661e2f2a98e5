import { randomInt } from 'node:crypto';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';

export const PASSWORD_MIN_LENGTH = 12;
/** zxcvbn's score (0-4) a password needs: 3 is "safely unguessable" against an offline attack on a slow hash. */
const MIN_SCORE = 3;

// Built once: the dictionaries (common and breached passwords, English and German words) take a moment to rank.
let estimator: ZxcvbnFactory | undefined;
const strength = () =>
  (estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  }));

/**
 * What is wrong with a new password, as a sentence naming the rule; null when it may be used.
 * `userInputs` are words an attacker would try first (the user's e-mail and name, the product's name).
 */
export function passwordProblem(password: string, userInputs: string[] = []): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`;
  }
  const words = userInputs.map((s) => s.toLowerCase());
  const inputs = ['mahnwerk', ...words, ...words.map((s) => s.split('@')[0]!), ...words.flatMap((s) => s.split(/[^\p{L}\p{N}]+/u))];
  const result = strength().check(password, inputs.filter((s) => s.length > 2));
  if (result.score >= MIN_SCORE) return null;
  const hint = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `The password is too easy to guess: it is a common, breached or predictable password.${hint ? ` ${hint}` : ''}`;
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A one-time password a person can read out and type: four groups of five, about 99 bits. */
export function oneTimePassword(): string {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
