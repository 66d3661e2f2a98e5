import type { LocalizedText } from '@mahnwerk/domain';

/** What a lead reads when a step of the German court dunning procedure is refused. */
export const COURT_TEXTS = {
  notADate: { en: 'on {value} is not a date (YYYY-MM-DD).', de: 'on {value} ist kein Datum (JJJJ-MM-TT).', da: 'on {value} er ikke en dato (ÅÅÅÅ-MM-DD).' },
  inFuture: {
    en: '{on} is in the future; record what has happened.',
    de: 'Der {on} liegt in der Zukunft; erfassen Sie nur, was bereits geschehen ist.',
    da: '{on} ligger i fremtiden; registrér kun det, der er sket.',
  },
  germanOnly: {
    en: 'The court dunning procedure here is the German one (ZPO 688 ff.).',
    de: 'Das gerichtliche Mahnverfahren ist hier das deutsche (§§ 688 ff. ZPO).',
    da: 'Den retslige inkassoprocedure her er den tyske (ZPO §§ 688 ff.).',
  },
  closed: {
    en: 'The case is {status}; there is nothing to take to court.',
    de: 'Der Fall ist {status}; es gibt nichts, was vor Gericht gebracht werden kann.',
    da: 'Sagen er {status}; der er intet at indbringe for retten.',
  },
  PAID: { en: 'paid', de: 'bezahlt', da: 'betalt' },
  UNCOLLECTIBLE: { en: 'uncollectible', de: 'uneinbringlich', da: 'uerholdelig' },
  notRecordedYet: {
    en: '{what} has not been recorded for this case yet.',
    de: '{what} wurde für diesen Fall noch nicht erfasst.',
    da: '{what} er endnu ikke registreret for denne sag.',
  },
  orderApplication: { en: 'The application for the court dunning order', de: 'Der Antrag auf den Mahnbescheid', da: 'Anmodningen om betalingspåkrav (Mahnbescheid)' },
  orderService: { en: 'Service of the court dunning order', de: 'Die Zustellung des Mahnbescheids', da: 'Forkyndelsen af betalingspåkravet (Mahnbescheid)' },
  enforcementApplication: {
    en: 'The application for the enforcement order',
    de: 'Der Antrag auf den Vollstreckungsbescheid',
    da: 'Anmodningen om fuldbyrdelsesordren (Vollstreckungsbescheid)',
  },
  enforcementService: {
    en: 'Service of the enforcement order',
    de: 'Die Zustellung des Vollstreckungsbescheids',
    da: 'Forkyndelsen af fuldbyrdelsesordren (Vollstreckungsbescheid)',
  },
  alreadyRecorded: { en: 'Already recorded on {date}.', de: 'Bereits am {date} erfasst.', da: 'Allerede registreret den {date}.' },
  otherCourt: {
    en: 'The procedure is at {court}; it cannot move to another court.',
    de: 'Das Verfahren läuft beim {court}; es kann nicht an ein anderes Gericht wechseln.',
    da: 'Sagen verserer ved {court}; den kan ikke flyttes til en anden ret.',
  },
  alreadyApplied: {
    en: 'A court dunning order was already applied for on {date}.',
    de: 'Ein Mahnbescheid wurde bereits am {date} beantragt.',
    da: 'Der blev allerede anmodet om betalingspåkrav (Mahnbescheid) den {date}.',
  },
  servedBeforeApplied: {
    en: 'The order cannot be served before it was applied for.',
    de: 'Der Mahnbescheid kann nicht vor seiner Beantragung zugestellt werden.',
    da: 'Betalingspåkravet kan ikke forkyndes, før der er anmodet om det.',
  },
  objected: {
    en: 'The debtor objected on {date} (ZPO 694): no enforcement order; the claim goes to contentious proceedings.',
    de: 'Der Schuldner hat am {date} Widerspruch eingelegt (§ 694 ZPO): kein Vollstreckungsbescheid; die Forderung geht ins streitige Verfahren.',
    da: 'Skyldneren gjorde indsigelse den {date} (ZPO § 694): ingen fuldbyrdelsesordre; kravet går videre til almindelig retssag.',
  },
  tooLate: {
    en: 'Too late: the order lapsed on {date} (ZPO 701); apply for a new one.',
    de: 'Zu spät: Der Mahnbescheid ist am {date} weggefallen (§ 701 ZPO); beantragen Sie einen neuen.',
    da: 'For sent: betalingspåkravet bortfaldt den {date} (ZPO § 701); anmod om et nyt.',
  },
  tooEarly: {
    en: 'Too early: the enforcement order can be applied for from {date}, after the objection period (ZPO 699(1)).',
    de: 'Zu früh: Der Vollstreckungsbescheid kann ab dem {date} beantragt werden, nach Ablauf der Widerspruchsfrist (§ 699 Abs. 1 ZPO).',
    da: 'For tidligt: der kan anmodes om fuldbyrdelsesordren fra {date}, efter indsigelsesfristen (ZPO § 699, stk. 1).',
  },
  enforcementServedBeforeApplied: {
    en: 'The enforcement order cannot be served before it was applied for.',
    de: 'Der Vollstreckungsbescheid kann nicht vor seiner Beantragung zugestellt werden.',
    da: 'Fuldbyrdelsesordren kan ikke forkyndes, før der er anmodet om den.',
  },
} satisfies Record<string, LocalizedText>;
