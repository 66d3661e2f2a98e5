import { statementAccountProblem } from './own-accounts.js';

const OWN = ['DE87200400000627384900', 'DE89 3704 0044 0532 0130 00'];

describe('statementAccountProblem', () => {
  it.each<[string, string | null, RegExp | null]>([
    ['an own account', 'DE87200400000627384900', null],
    ['an own account written with spaces and small letters', 'de89 3704 0044 0532 0130 00', null],
    ['no account named', null, null],
    ['a foreign account', 'DE02120300000000202051', /account DE02120300000000202051, which is not one of the agency's own accounts/],
  ])('%s', (_name, iban, problem) => {
    const answer = statementAccountProblem(iban, OWN);
    if (problem === null) expect(answer).toBeNull();
    else expect(answer).toMatch(problem);
  });

  it('no own accounts at all: every named account is refused', () => {
    expect(statementAccountProblem('DE87200400000627384900', [])).toMatch(/not one of/);
  });
});
