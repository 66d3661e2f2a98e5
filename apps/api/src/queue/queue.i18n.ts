import type { LocalizedText } from '@mahnwerk/domain';

/** What a collector or a lead reads when a claim, a move or a capacity is refused. */
export const QUEUE_TEXTS = {
  changedMeanwhile: {
    en: 'Case {caseId} changed meanwhile (version {version}, you had {expected}); reload it and try again.',
    de: 'Fall {caseId} wurde zwischenzeitlich geändert (Version {version}, Ihnen lag {expected} vor); bitte laden Sie ihn neu und versuchen Sie es erneut.',
    da: 'Sag {caseId} er ændret i mellemtiden (version {version}, du havde {expected}); genindlæs den, og prøv igen.',
  },
  onlyOpenAssigned: {
    en: 'Only open cases can be assigned; this one is {status}.',
    de: 'Nur offene Fälle können zugewiesen werden; dieser ist {status}.',
    da: 'Kun åbne sager kan tildeles; denne er {status}.',
  },
  notForCreditor: { en: '{collector} does not work for {creditor}.', de: '{collector} arbeitet nicht für {creditor}.', da: '{collector} arbejder ikke for {creditor}.' },
  outsideYourTeam: {
    en: "This case is in {assignee}'s queue, outside your team.",
    de: 'Dieser Fall liegt in der Warteschlange von {assignee}, außerhalb Ihres Teams.',
    da: 'Denne sag ligger i {assignee}s kø, uden for dit team.',
  },
  releaseOwnOnly: {
    en: 'You can only release cases from your own queue.',
    de: 'Sie können nur Fälle aus Ihrer eigenen Warteschlange freigeben.',
    da: 'Du kan kun frigive sager fra din egen kø.',
  },
  capacityRange: {
    en: 'Capacity must be a whole number from 0 to {max}; got {capacity}.',
    de: 'Die Kapazität muss eine ganze Zahl von 0 bis {max} sein; erhalten: {capacity}.',
    da: 'Kapaciteten skal være et helt tal fra 0 til {max}; modtaget: {capacity}.',
  },
  notInYourTeam: { en: '{collector} is not in your team.', de: '{collector} gehört nicht zu Ihrem Team.', da: '{collector} er ikke i dit team.' },
  OPEN: { en: 'OPEN', de: 'offen', da: 'åben' },
  ON_HOLD: { en: 'ON_HOLD', de: 'zurückgestellt', da: 'sat i bero' },
  PAID: { en: 'PAID', de: 'bezahlt', da: 'betalt' },
  UNCOLLECTIBLE: { en: 'UNCOLLECTIBLE', de: 'uneinbringlich', da: 'uerholdelig' },
  LEGAL: { en: 'LEGAL', de: 'bei der Rechtsabteilung', da: 'hos juridisk afdeling' },
} satisfies Record<string, LocalizedText>;
