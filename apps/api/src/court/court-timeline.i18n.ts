import type { LocalizedText } from '@mahnwerk/domain';
import type { CourtEvent } from './dto/record-court-event.input.js';

/** The court dunning procedure's steps as the case's timeline names them (German court terms in brackets). */
export const COURT_EVENT_TEXTS: Readonly<Record<CourtEvent, LocalizedText>> = {
  ORDER_APPLIED: {
    en: 'Court dunning order (Mahnbescheid) applied for',
    de: 'Mahnbescheid beantragt',
    da: 'Mahnbescheid (tysk betalingspåkrav) anmodet om',
  },
  ORDER_SERVED: {
    en: 'Court dunning order served on the debtor',
    de: 'Mahnbescheid dem Schuldner zugestellt',
    da: 'Mahnbescheid forkyndt for skyldneren',
  },
  OBJECTION_FILED: {
    en: 'Debtor objected to the court dunning order (Widerspruch)',
    de: 'Schuldner hat Widerspruch gegen den Mahnbescheid eingelegt',
    da: 'Skyldneren har gjort indsigelse mod Mahnbescheid (Widerspruch)',
  },
  ENFORCEMENT_APPLIED: {
    en: 'Enforcement order (Vollstreckungsbescheid) applied for',
    de: 'Vollstreckungsbescheid beantragt',
    da: 'Vollstreckungsbescheid (fuldbyrdelsesordre) anmodet om',
  },
  ENFORCEMENT_SERVED: {
    en: 'Enforcement order served on the debtor',
    de: 'Vollstreckungsbescheid dem Schuldner zugestellt',
    da: 'Vollstreckungsbescheid forkyndt for skyldneren',
  },
  ENFORCEMENT_OBJECTION_FILED: {
    en: 'Debtor objected to the enforcement order (Einspruch)',
    de: 'Schuldner hat Einspruch gegen den Vollstreckungsbescheid eingelegt',
    da: 'Skyldneren har gjort indsigelse mod Vollstreckungsbescheid (Einspruch)',
  },
};

/** The timeline's entry for a step of the procedure. */
export const COURT_TIMELINE_TEXTS = {
  event: { en: '{event} on {date}', de: '{event} am {date}', da: '{event} den {date}' },
  eventWithDeadline: {
    en: '{event} on {date}; next deadline {deadline}',
    de: '{event} am {date}; nächste Frist {deadline}',
    da: '{event} den {date}; næste frist {deadline}',
  },
} satisfies Record<string, LocalizedText>;
