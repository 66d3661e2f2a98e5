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
  overCapacity: {
    en: 'Moving {cases} to {collector} would give them {after} cases for a capacity of {capacity}; move at most {room}, raise the capacity, or confirm the move over capacity.',
    de: 'Wenn Sie {cases} an {collector} übertragen, hätte diese Person {after} Fälle bei einer Kapazität von {capacity}; übertragen Sie höchstens {room}, erhöhen Sie die Kapazität oder bestätigen Sie die Übertragung über die Kapazität hinaus.',
    da: 'Flytter du {cases} til {collector}, får vedkommende {after} sager med en kapacitet på {capacity}; flyt højst {room}, hæv kapaciteten, eller bekræft flytningen ud over kapaciteten.',
  },
  caseOne: { en: '{count} case', de: '{count} Fall', da: '{count} sag' },
  caseOther: { en: '{count} cases', de: '{count} Fälle', da: '{count} sager' },
  limitRange: { en: 'limit must be 1 to 200; got {value}.', de: 'limit muss zwischen 1 und 200 liegen; erhalten: {value}.', da: 'limit skal være 1 til 200; modtaget: {value}.' },
  offsetRange: { en: 'offset must be 0 or more; got {value}.', de: 'offset muss 0 oder größer sein; erhalten: {value}.', da: 'offset skal være 0 eller mere; modtaget: {value}.' },
  namedTwice: { en: 'Case {caseId} is named twice; name each case once.', de: 'Fall {caseId} ist doppelt angegeben; bitte geben Sie jeden Fall nur einmal an.', da: 'Sag {caseId} er angivet to gange; angiv hver sag én gang.' },
  caseLabel: { en: "{debtor}'s case ({creditor}, {caseId})", de: 'Der Fall von {debtor} ({creditor}, {caseId})', da: '{debtor}s sag ({creditor}, {caseId})' },
  movedMeanwhile: {
    en: '{label} changed meanwhile (version {version}, you had {expected}); nothing was moved. Reload and try again.',
    de: '{label} wurde zwischenzeitlich geändert (Version {version}, Ihnen lag {expected} vor); es wurde nichts übertragen. Bitte laden Sie neu und versuchen Sie es erneut.',
    da: '{label} er ændret i mellemtiden (version {version}, du havde {expected}); intet blev flyttet. Genindlæs, og prøv igen.',
  },
  onlyOpenMoved: { en: '{label} is {status}; only open cases can be moved.', de: '{label} ist {status}; nur offene Fälle können übertragen werden.', da: '{label} er {status}; kun åbne sager kan flyttes.' },
  labelOutsideTeam: {
    en: "{label} is in {assignee}'s queue, outside your team.",
    de: '{label} liegt in der Warteschlange von {assignee}, außerhalb Ihres Teams.',
    da: '{label} ligger i {assignee}s kø, uden for dit team.',
  },
  notForCreditorOf: {
    en: '{collector} does not work for {creditor}, the creditor of {label}.',
    de: '{collector} arbeitet nicht für {creditor}, den Gläubiger von: {label}.',
    da: '{collector} arbejder ikke for {creditor}, kreditor for {label}.',
  },
  OPEN: { en: 'OPEN', de: 'offen', da: 'åben' },
  ON_HOLD: { en: 'ON_HOLD', de: 'zurückgestellt', da: 'sat i bero' },
  PAID: { en: 'PAID', de: 'bezahlt', da: 'betalt' },
  UNCOLLECTIBLE: { en: 'UNCOLLECTIBLE', de: 'uneinbringlich', da: 'uerholdelig' },
  LEGAL: { en: 'LEGAL', de: 'bei der Rechtsabteilung', da: 'hos juridisk afdeling' },
} satisfies Record<string, LocalizedText>;
