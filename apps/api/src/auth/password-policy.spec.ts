import { PASSWORD_MIN_LENGTH, oneTimePassword, passwordProblem } from './password-policy.js';

describe('the password policy', () => {
  it.each([
    ['too short', 'xK9#mP2$vL7', /at least 12 characters/],
    ['a common password', 'password1234', /too easy to guess/],
    ['a keyboard row', 'qwertzuiopasdf', /too easy to guess/],
    ['the user\'s own name', 'erika.mustermann', /too easy to guess/],
  ])('refuses %s and names the rule', (_name, password, rule) => {
    expect(passwordProblem(password, ['erika.mustermann@example.de', 'Erika Mustermann'])?.en).toMatch(rule);
  });

  it('names the rule and the hints in German and Danish too', () => {
    expect(passwordProblem('xK9#mP2$vL7')).toEqual({
      en: 'The password must be at least 12 characters long.',
      de: 'Das Passwort muss mindestens 12 Zeichen lang sein.',
      da: 'Adgangskoden skal være på mindst 12 tegn.',
    });
    expect(passwordProblem('password1234')).toEqual({
      en: 'The password is too easy to guess: it is a common, breached or predictable password. '
        + 'This is similar to a commonly used password. Add more words that are less common.',
      de: 'Das Passwort ist zu leicht zu erraten: Es ist ein gängiges, geleaktes oder vorhersehbares Passwort. '
        + 'Dies ähnelt einem gängigen Passwort. Fügen Sie weitere, weniger gängige Wörter hinzu.',
      da: 'Adgangskoden er for let at gætte: den er almindelig, lækket eller forudsigelig. '
        + 'Dette ligner en almindeligt brugt adgangskode. Tilføj flere ord, der er mindre almindelige.',
    });
  });

  it('accepts a long passphrase', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });

  it('makes one-time passwords that pass the policy and differ', () => {
    const a = oneTimePassword();
    expect(a).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(a.length).toBeGreaterThanOrEqual(PASSWORD_MIN_LENGTH);
    expect(passwordProblem(a)).toBeNull();
    expect(oneTimePassword()).not.toBe(a);
  });
});
