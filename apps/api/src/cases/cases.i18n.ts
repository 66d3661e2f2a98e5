import type { LocalizedText } from '@mahnwerk/domain';

/** What a collector reads when an outcome on several cases is refused. */
export const CASE_TEXTS = {
  otherDebtor: {
    en: 'Case {caseId} belongs to another debtor; one conversation is with one debtor.',
    de: 'Fall {caseId} gehört zu einem anderen Schuldner; ein Gespräch wird mit einem Schuldner geführt.',
    da: 'Sag {caseId} tilhører en anden skyldner; en samtale føres med én skyldner.',
  },
  thisCase: { en: 'This case', de: 'Dieser Fall', da: 'Denne sag' },
  caseNamed: { en: 'Case {caseId}', de: 'Fall {caseId}', da: 'Sag {caseId}' },
  anotherCollector: { en: 'another collector', de: 'einem anderen Sachbearbeiter', da: 'en anden sagsbehandler' },
  inOthersQueue: {
    en: "{which} is in {assignee}'s queue; only they can record outcomes on it.",
    de: '{which} liegt in der Warteschlange von {assignee}; nur dort können Ergebnisse erfasst werden.',
    da: '{which} ligger i {assignee}s kø; kun vedkommende kan registrere resultater på den.',
  },
  notInYourQueue: {
    en: '{which} is not in your queue; claim it first.',
    de: '{which} liegt nicht in Ihrer Warteschlange; bitte übernehmen Sie ihn zuerst.',
    da: '{which} ligger ikke i din kø; tag den først.',
  },
  asOfNotADate: { en: 'asOf {value} is not a date (YYYY-MM-DD).', de: 'asOf {value} ist kein Datum (JJJJ-MM-TT).', da: 'asOf {value} er ikke en dato (ÅÅÅÅ-MM-DD).' },
} satisfies Record<string, LocalizedText>;
