import { textIn, type LocalizedText, type TextLanguage } from './i18n/localized-text.js';

/**
 * A business rule refused an input. The message is written for the person who entered it
 * ("Promise date 2026-01-01 is in the past; choose today or a later date"); `field` names the
 * input at fault when there is one, so a form can highlight it. The API maps it to BAD_USER_INPUT.
 * Given in every language (`texts`), `message` is the English one; a plain string is English only.
 */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation';
  readonly texts: LocalizedText | null;

  constructor(
    message: string | LocalizedText,
    readonly field?: string,
  ) {
    super(textIn(message, 'en'));
    this.texts = typeof message === 'string' ? null : message;
  }

  /** The message in `language`, English where the rule has no translation. */
  messageIn(language: TextLanguage): string {
    return this.texts ? this.texts[language] : this.message;
  }
}
