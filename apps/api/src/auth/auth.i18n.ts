import type { LocalizedText } from '@mahnwerk/domain';

/** What a person reads when signing in, renewing a session or calling what their role does not allow. */
export const AUTH_TEXTS = {
  loginFailed: { en: 'Email or password is wrong.', de: 'E-Mail-Adresse oder Passwort ist falsch.', da: 'E-mailadresse eller adgangskode er forkert.' },
  passwordTooLong: { en: 'A password has at most {max} characters.', de: 'Ein Passwort hat höchstens {max} Zeichen.', da: 'En adgangskode har højst {max} tegn.' },
  noSessionToRenew: { en: 'No session to renew: sign in.', de: 'Keine Sitzung zum Verlängern: Bitte melden Sie sich an.', da: 'Ingen session at forny: log venligst ind.' },
  renewalReused: {
    en: 'This session was ended because its renewal token was used twice; sign in again.',
    de: 'Diese Sitzung wurde beendet, weil ihr Verlängerungstoken zweimal verwendet wurde; bitte melden Sie sich erneut an.',
    da: 'Denne session blev afsluttet, fordi dens fornyelsestoken blev brugt to gange; log venligst ind igen.',
  },
  invalidToken: {
    en: 'Your session token is invalid or has expired; sign in again.',
    de: 'Ihr Sitzungstoken ist ungültig oder abgelaufen; bitte melden Sie sich erneut an.',
    da: 'Dit sessionstoken er ugyldigt eller udløbet; log venligst ind igen.',
  },
  roleChanged: { en: 'Your role has changed; sign in again.', de: 'Ihre Rolle hat sich geändert; bitte melden Sie sich erneut an.', da: 'Din rolle er ændret; log venligst ind igen.' },
  currentPasswordWrong: { en: 'The current password is wrong.', de: 'Das aktuelle Passwort ist falsch.', da: 'Den nuværende adgangskode er forkert.' },
  newPasswordSame: {
    en: 'The new password must differ from the current one.',
    de: 'Das neue Passwort muss sich vom aktuellen unterscheiden.',
    da: 'Den nye adgangskode skal være forskellig fra den nuværende.',
  },
  portalOnly: {
    en: 'This is a debtor portal operation; staff tokens cannot call it.',
    de: 'Dies ist eine Funktion des Schuldnerportals; mit Mitarbeiter-Tokens kann sie nicht aufgerufen werden.',
    da: 'Dette er en funktion i skyldnerportalen; medarbejdertokens kan ikke kalde den.',
  },
  portalSignInFirst: {
    en: 'Sign in to the portal first: this needs a portal session token.',
    de: 'Bitte melden Sie sich zuerst im Portal an: Dafür ist ein Portal-Sitzungstoken erforderlich.',
    da: 'Log først ind på portalen: dette kræver et portal-sessionstoken.',
  },
  portalSessionEnded: {
    en: 'Your portal session has ended; open your link again and sign in.',
    de: 'Ihre Portalsitzung ist beendet; bitte öffnen Sie Ihren Link erneut und melden Sie sich an.',
    da: 'Din portalsession er afsluttet; åbn dit link igen, og log ind.',
  },
  noRoleDeclared: {
    en: 'This operation declares no role; nobody may call it.',
    de: 'Für diese Funktion ist keine Rolle festgelegt; niemand darf sie aufrufen.',
    da: 'Denne funktion angiver ingen rolle; ingen må kalde den.',
  },
  changeOneTimePassword: {
    en: 'Change your one-time password first (changePassword); until then nothing else is open to you.',
    de: 'Bitte ändern Sie zuerst Ihr Einmalpasswort (changePassword); bis dahin steht Ihnen nichts anderes offen.',
    da: 'Skift først din engangsadgangskode (changePassword); indtil da er intet andet åbent for dig.',
  },
  roleMayNot: {
    en: 'Your role {role} may not do this; it needs {roles}.',
    de: 'Ihre Rolle {role} darf dies nicht; dafür ist {roles} erforderlich.',
    da: 'Din rolle {role} må ikke gøre dette; det kræver {roles}.',
  },
  or: { en: ' or ', de: ' oder ', da: ' eller ' },
} satisfies Record<string, LocalizedText>;

/**
 * The password policy's words (password-policy.ts): the rule a new password breaks, and the strength
 * estimator's hints (zxcvbn's warnings and suggestions, by their keys; the English ones are zxcvbn's own).
 */
export const PASSWORD_TEXTS = {
  tooShort: {
    en: 'The password must be at least {min} characters long.',
    de: 'Das Passwort muss mindestens {min} Zeichen lang sein.',
    da: 'Adgangskoden skal være på mindst {min} tegn.',
  },
  tooEasy: {
    en: 'The password is too easy to guess: it is a common, breached or predictable password.',
    de: 'Das Passwort ist zu leicht zu erraten: Es ist ein gängiges, geleaktes oder vorhersehbares Passwort.',
    da: 'Adgangskoden er for let at gætte: den er almindelig, lækket eller forudsigelig.',
  },
  warnings: {
    straightRow: {
      en: 'Straight rows of keys on your keyboard are easy to guess.',
      de: 'Gerade Tastenreihen auf der Tastatur sind leicht zu erraten.',
      da: 'Lige rækker af taster på tastaturet er lette at gætte.',
    },
    keyPattern: { en: 'Short keyboard patterns are easy to guess.', de: 'Kurze Tastaturmuster sind leicht zu erraten.', da: 'Korte tastaturmønstre er lette at gætte.' },
    simpleRepeat: {
      en: 'Repeated characters like "aaa" are easy to guess.',
      de: 'Wiederholte Zeichen wie „aaa“ sind leicht zu erraten.',
      da: 'Gentagne tegn som "aaa" er lette at gætte.',
    },
    extendedRepeat: {
      en: 'Repeated character patterns like "abcabcabc" are easy to guess.',
      de: 'Wiederholte Zeichenmuster wie „abcabcabc“ sind leicht zu erraten.',
      da: 'Gentagne tegnmønstre som "abcabcabc" er lette at gætte.',
    },
    sequences: {
      en: 'Common character sequences like "abc" are easy to guess.',
      de: 'Gängige Zeichenfolgen wie „abc“ sind leicht zu erraten.',
      da: 'Almindelige tegnfølger som "abc" er lette at gætte.',
    },
    recentYears: { en: 'Recent years are easy to guess.', de: 'Jahreszahlen der letzten Jahre sind leicht zu erraten.', da: 'Årstal fra de seneste år er lette at gætte.' },
    dates: { en: 'Dates are easy to guess.', de: 'Datumsangaben sind leicht zu erraten.', da: 'Datoer er lette at gætte.' },
    topTen: { en: 'This is a heavily used password.', de: 'Dies ist ein sehr häufig verwendetes Passwort.', da: 'Dette er en meget brugt adgangskode.' },
    topHundred: { en: 'This is a frequently used password.', de: 'Dies ist ein häufig verwendetes Passwort.', da: 'Dette er en ofte brugt adgangskode.' },
    common: { en: 'This is a commonly used password.', de: 'Dies ist ein gängiges Passwort.', da: 'Dette er en almindeligt brugt adgangskode.' },
    similarToCommon: {
      en: 'This is similar to a commonly used password.',
      de: 'Dies ähnelt einem gängigen Passwort.',
      da: 'Dette ligner en almindeligt brugt adgangskode.',
    },
    wordByItself: { en: 'Single words are easy to guess.', de: 'Einzelne Wörter sind leicht zu erraten.', da: 'Enkelte ord er lette at gætte.' },
    namesByThemselves: {
      en: 'Single names or surnames are easy to guess.',
      de: 'Einzelne Vor- oder Nachnamen sind leicht zu erraten.',
      da: 'Enkelte fornavne eller efternavne er lette at gætte.',
    },
    commonNames: {
      en: 'Common names and surnames are easy to guess.',
      de: 'Gängige Vor- und Nachnamen sind leicht zu erraten.',
      da: 'Almindelige fornavne og efternavne er lette at gætte.',
    },
    userInputs: {
      en: 'There should not be any personal or page related data.',
      de: 'Das Passwort sollte keine persönlichen oder auf die Anwendung bezogenen Angaben enthalten.',
      da: 'Adgangskoden bør ikke indeholde personlige eller programrelaterede oplysninger.',
    },
    pwned: {
      en: 'Your password was exposed by a data breach on the Internet.',
      de: 'Ihr Passwort wurde bei einem Datenleck im Internet veröffentlicht.',
      da: 'Din adgangskode er blevet afsløret ved et datalæk på internettet.',
    },
  },
  suggestions: {
    l33t: {
      en: "Avoid predictable letter substitutions like '@' for 'a'.",
      de: 'Vermeiden Sie vorhersehbare Buchstabenersetzungen wie „@“ für „a“.',
      da: 'Undgå forudsigelige bogstaverstatninger som "@" for "a".',
    },
    reverseWords: {
      en: 'Avoid reversed spellings of common words.',
      de: 'Vermeiden Sie rückwärts geschriebene gängige Wörter.',
      da: 'Undgå almindelige ord stavet baglæns.',
    },
    allUppercase: {
      en: 'Capitalize some, but not all letters.',
      de: 'Schreiben Sie einige, aber nicht alle Buchstaben groß.',
      da: 'Brug store bogstaver i nogle, men ikke alle bogstaver.',
    },
    capitalization: {
      en: 'Capitalize more than the first letter.',
      de: 'Schreiben Sie mehr als nur den ersten Buchstaben groß.',
      da: 'Brug stort bogstav andre steder end i det første bogstav.',
    },
    dates: {
      en: 'Avoid dates and years that are associated with you.',
      de: 'Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen.',
      da: 'Undgå datoer og årstal, der har forbindelse til dig.',
    },
    recentYears: { en: 'Avoid recent years.', de: 'Vermeiden Sie Jahreszahlen der letzten Jahre.', da: 'Undgå årstal fra de seneste år.' },
    associatedYears: {
      en: 'Avoid years that are associated with you.',
      de: 'Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen.',
      da: 'Undgå årstal, der har forbindelse til dig.',
    },
    sequences: { en: 'Avoid common character sequences.', de: 'Vermeiden Sie gängige Zeichenfolgen.', da: 'Undgå almindelige tegnfølger.' },
    repeated: { en: 'Avoid repeated words and characters.', de: 'Vermeiden Sie wiederholte Wörter und Zeichen.', da: 'Undgå gentagne ord og tegn.' },
    longerKeyboardPattern: {
      en: 'Use longer keyboard patterns and change typing direction multiple times.',
      de: 'Verwenden Sie längere Tastaturmuster und wechseln Sie mehrmals die Tipprichtung.',
      da: 'Brug længere tastaturmønstre, og skift skriveretning flere gange.',
    },
    anotherWord: { en: 'Add more words that are less common.', de: 'Fügen Sie weitere, weniger gängige Wörter hinzu.', da: 'Tilføj flere ord, der er mindre almindelige.' },
    useWords: {
      en: 'Use multiple words, but avoid common phrases.',
      de: 'Verwenden Sie mehrere Wörter, aber vermeiden Sie gängige Redewendungen.',
      da: 'Brug flere ord, men undgå almindelige vendinger.',
    },
    noNeed: {
      en: 'You can create strong passwords without using symbols, numbers, or uppercase letters.',
      de: 'Sie können starke Passwörter auch ohne Sonderzeichen, Ziffern oder Großbuchstaben bilden.',
      da: 'Du kan lave stærke adgangskoder uden symboler, tal eller store bogstaver.',
    },
    pwned: {
      en: 'If you use this password elsewhere, you should change it.',
      de: 'Wenn Sie dieses Passwort anderswo verwenden, sollten Sie es dort ändern.',
      da: 'Hvis du bruger denne adgangskode andre steder, bør du ændre den.',
    },
  },
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;
