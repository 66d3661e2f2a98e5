import type { LocalizedText } from '../i18n/localized-text.js';

/** What an admin reads when a message template cannot be saved (templateProblems). */
export const TEMPLATE_PROBLEM_TEXTS = {
  subjectMissing: { en: 'An e-mail needs a subject.', de: 'Eine E-Mail braucht einen Betreff.', da: 'En e-mail skal have et emne.' },
  subjectTooLong: {
    en: 'A subject has at most {max} characters.',
    de: 'Ein Betreff hat höchstens {max} Zeichen.',
    da: 'Et emne må højst have {max} tegn.',
  },
  bodyEmpty: { en: 'The text is empty.', de: 'Der Text ist leer.', da: 'Teksten er tom.' },
  smsTooLong: { en: 'An SMS text has at most {max} characters.', de: 'Ein SMS-Text hat höchstens {max} Zeichen.', da: 'En sms-tekst må højst have {max} tegn.' },
  emailTooLong: { en: 'An e-mail text has at most {max} characters.', de: 'Ein E-Mail-Text hat höchstens {max} Zeichen.', da: 'En e-mailtekst må højst have {max} tegn.' },
  unknownField: {
    en: 'Unknown merge field {fields}; known are {known}.',
    de: 'Unbekanntes Einfügefeld {fields}; bekannt sind {known}.',
    da: 'Ukendt flettefelt {fields}; kendte er {known}.',
  },
  unknownFields: {
    en: 'Unknown merge fields {fields}; known are {known}.',
    de: 'Unbekannte Einfügefelder {fields}; bekannt sind {known}.',
    da: 'Ukendte flettefelter {fields}; kendte er {known}.',
  },
} as const satisfies Record<string, LocalizedText>;
