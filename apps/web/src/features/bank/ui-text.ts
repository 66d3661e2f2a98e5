import type { IntlShape, MessageDescriptor } from 'react-intl';

/**
 * A text the bank screen shows that is made outside a component: a message of the catalogues with
 * its values, formatted where it is rendered (so it follows the language), or a server's text,
 * which already comes in the caller's language.
 */
export type UiText = { message: MessageDescriptor; values?: Record<string, string | number> } | { server: string };

export function formatUiText(intl: IntlShape, text: UiText): string {
  return 'server' in text ? text.server : intl.formatMessage(text.message, text.values);
}

/** An error whose text the screen formats in the person's language. */
export class UiTextError extends Error {
  constructor(readonly text: UiText) {
    super('server' in text ? text.server : String(text.message.defaultMessage ?? text.message.id));
  }
}
