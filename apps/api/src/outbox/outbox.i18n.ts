import type { LocalizedText } from '@mahnwerk/domain';

/**
 * The timeline's words for a message's final state. {subject}, {to} and {error} are the message's
 * own subject, its address and the transport's error, put in as they are.
 */
export const OUTBOX_TIMELINE_TEXTS = {
  email: { en: 'E-mail "{subject}"', de: 'E-Mail „{subject}“', da: 'E-mail "{subject}"' },
  sms: { en: 'SMS', de: 'SMS', da: 'SMS' },
  sent: { en: '{what} sent to {to}.', de: '{what} an {to} gesendet.', da: '{what} sendt til {to}.' },
  stored: {
    en: '{what} to {to} kept by the outbox ({setting}=store), not sent.',
    de: '{what} an {to} im Postausgang aufbewahrt ({setting}=store), nicht gesendet.',
    da: '{what} til {to} gemt i udbakken ({setting}=store), ikke sendt.',
  },
  failed: {
    en: '{what} to {to} FAILED after {attempts} attempts: {error}',
    de: '{what} an {to} FEHLGESCHLAGEN nach {attempts} Versuchen: {error}',
    da: '{what} til {to} MISLYKKEDES efter {attempts} forsøg: {error}',
  },
  unknownReason: { en: 'unknown reason', de: 'unbekannter Grund', da: 'ukendt årsag' },
} satisfies Record<string, LocalizedText>;
