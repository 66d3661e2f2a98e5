import type { LocalizedText } from '@mahnwerk/domain';

/** The timeline's system entries built from the dunning run's steps and the promises it found broken. */
export const TIMELINE_TEXTS = {
  dunningStep: {
    en: 'Dunning run {date}: moved to {stage}',
    de: 'Mahnlauf {date}: in {stage} verschoben',
    da: 'Rykkerkørsel {date}: flyttet til {stage}',
  },
  dunningStepWithFee: {
    en: 'Dunning run {date}: moved to {stage}; fee {fee} charged',
    de: 'Mahnlauf {date}: in {stage} verschoben; Gebühr von {fee} berechnet',
    da: 'Rykkerkørsel {date}: flyttet til {stage}; gebyr på {fee} opkrævet',
  },
  promiseBroken: {
    en: 'Promise of {amount} due {date} not paid in time; marked as broken',
    de: 'Zahlungszusage über {amount}, fällig am {date}, nicht rechtzeitig bezahlt; als gebrochen markiert',
    da: 'Betalingsløfte på {amount} med forfald {date} ikke betalt til tiden; markeret som brudt',
  },
  installmentBroken: {
    en: 'Installment {n} of {amount} due {date} not paid in time; marked as broken',
    de: 'Rate {n} über {amount}, fällig am {date}, nicht rechtzeitig bezahlt; als gebrochen markiert',
    da: 'Rate {n} på {amount} med forfald {date} ikke betalt til tiden; markeret som brudt',
  },
  paidAwaitsApproval: {
    en: "Marked paid while {amount} is open: waits for a lead's approval",
    de: 'Als bezahlt markiert, obwohl noch {amount} offen sind: wartet auf die Freigabe durch einen Teamleiter',
    da: 'Markeret som betalt, mens {amount} stadig er åbent: afventer en teamleders godkendelse',
  },
  severalCases: {
    en: '{summary} (one conversation about {count} cases)',
    de: '{summary} (ein Gespräch über {count} Fälle)',
    da: '{summary} (én samtale om {count} sager)',
  },
  /** An outcome's sentence and the note the collector (or the portal) added to it. */
  withNote: { en: '{summary} — {note}', de: '{summary} — {note}', da: '{summary} — {note}' },
} satisfies Record<string, LocalizedText>;
