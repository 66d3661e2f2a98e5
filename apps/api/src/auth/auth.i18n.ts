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
