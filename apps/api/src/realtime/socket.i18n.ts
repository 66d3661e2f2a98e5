import type { LocalizedText } from '@mahnwerk/domain';

/** What a websocket client is told, in the language of its connectionParams. */
export const SOCKET_TEXTS = {
  sessionEnded: {
    en: 'Your session token has expired or the session has ended.',
    de: 'Ihr Sitzungstoken ist abgelaufen oder die Sitzung wurde beendet.',
    da: 'Dit sessionstoken er udløbet, eller sessionen er afsluttet.',
  },
  subscriptionsOnly: {
    en: 'Only subscriptions go over the websocket; send queries and mutations over HTTP.',
    de: 'Über den Websocket laufen nur Abonnements; bitte senden Sie Abfragen und Änderungen über HTTP.',
    da: 'Kun abonnementer går over websocket; send forespørgsler og ændringer over HTTP.',
  },
} satisfies Record<string, LocalizedText>;
