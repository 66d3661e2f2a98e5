import type { LocalizedText } from '@mahnwerk/domain';

/** What a collector reads when an e-mail or SMS to the debtor is refused. */
export const MESSAGE_API_TEXTS = {
  othersQueue: {
    en: "This case is in {assignee}'s queue; only they can write to its debtor.",
    de: 'Dieser Fall liegt in der Warteschlange von {assignee}; nur dort kann dem Schuldner geschrieben werden.',
    da: 'Denne sag ligger i {assignee}s kø; kun vedkommende kan skrive til skyldneren.',
  },
  anotherCollector: { en: 'another collector', de: 'einem anderen Sachbearbeiter', da: 'en anden sagsbehandler' },
  notYourQueue: { en: 'This case is not in your queue; claim it first.', de: 'Dieser Fall liegt nicht in Ihrer Warteschlange; bitte übernehmen Sie ihn zuerst.', da: 'Denne sag ligger ikke i din kø; tag den først.' },
  caseClosed: {
    en: 'The case is {status}; no more messages go to its debtor.',
    de: 'Der Fall ist {status}; an den Schuldner gehen keine Nachrichten mehr.',
    da: 'Sagen er {status}; der sendes ikke flere beskeder til skyldneren.',
  },
  paid: { en: 'paid', de: 'bezahlt', da: 'betalt' },
  uncollectible: { en: 'uncollectible', de: 'uneinbringlich', da: 'uerholdelig' },
  restricted: {
    en: "Processing of this debtor's data is restricted at their request (Art. 18 GDPR): no messages until an admin lifts it.",
    de: 'Die Verarbeitung der Daten dieses Schuldners ist auf dessen Wunsch eingeschränkt (Art. 18 DSGVO): keine Nachrichten, bis ein Administrator die Einschränkung aufhebt.',
    da: 'Behandlingen af denne skyldners data er begrænset efter dennes ønske (art. 18 i GDPR): ingen beskeder, før en administrator ophæver begrænsningen.',
  },
  noEmail: {
    en: "The debtor has no e-mail address; add one in the debtor's details first.",
    de: 'Der Schuldner hat keine E-Mail-Adresse; bitte ergänzen Sie zuerst eine in den Schuldnerdaten.',
    da: 'Skyldneren har ingen e-mailadresse; tilføj først en i skyldnerens oplysninger.',
  },
  noPhone: { en: 'The debtor has no phone number for an SMS; add one first.', de: 'Der Schuldner hat keine Telefonnummer für eine SMS; bitte ergänzen Sie zuerst eine.', da: 'Skyldneren har intet telefonnummer til en sms; tilføj først et.' },
  noEmailTemplate: {
    en: 'There is no e-mail template for {stage} in {language}.',
    de: 'Es gibt keine E-Mail-Vorlage für {stage} in der Sprache {language}.',
    da: 'Der findes ingen e-mailskabelon for {stage} på sproget {language}.',
  },
  noSmsTemplate: {
    en: 'There is no SMS template for {stage} in {language}.',
    de: 'Es gibt keine SMS-Vorlage für {stage} in der Sprache {language}.',
    da: 'Der findes ingen sms-skabelon for {stage} på sproget {language}.',
  },
  templateLanguages: {
    en: 'Templates are kept in {languages}, not {language}.',
    de: 'Vorlagen gibt es in den Sprachen {languages}, nicht in {language}.',
    da: 'Skabeloner findes på sprogene {languages}, ikke på {language}.',
  },
} satisfies Record<string, LocalizedText>;
