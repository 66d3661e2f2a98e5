import { PASSWORD_MIN_LENGTH, oneTimePassword, passwordProblem } from './password-policy.js';

describe('the password policy', () => {
  it.each([
    ['too short', 'xK9#mP2$vL7', /at least 12 characters/],
    ['a common password', 'password1234', /too easy to guess/],
    ['a keyboard row', 'qwertzuiopasdf', /too easy to guess/],
    ['the user\'s own name', 'erika.mustermann', /too easy to guess/],
  ])('refuses %s and names the rule', (_name, password, rule) => {
    expect(passwordProblem(password, ['erika.mustermann@example.de', 'Erika Mustermann'])).toMatch(rule);
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
