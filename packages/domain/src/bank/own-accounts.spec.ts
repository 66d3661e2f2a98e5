import { statementAccount, statementAccountProblem } from './own-accounts.js';

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
    else expect(answer?.en).toMatch(problem);
  });

  it('no own accounts at all: every named account is refused', () => {
    expect(statementAccountProblem('DE87200400000627384900', [])?.en).toMatch(/not one of/);
    expect(statementAccountProblem('DE87200400000627384900', [])).toEqual({
      en: "The statement is for account DE87200400000627384900, which is not one of the agency's own accounts; nothing was imported.",
      de: 'Der Kontoauszug gilt für das Konto DE87200400000627384900, das keines der eigenen Konten des Inkassobüros ist; es wurde nichts importiert.',
      da: 'Kontoudtoget gælder konto DE87200400000627384900, som ikke er en af bureauets egne konti; intet blev importeret.',
    });
  });
});

describe('statementAccount', () => {
  it.each<[string, string | null, string | null, string | null, RegExp | null]>([
    ['named by the file', 'DE87200400000627384900', null, 'DE87200400000627384900', null],
    ['chosen by the person', null, 'de89 3704 0044 0532 0130 00', 'DE89370400440532013000', null],
    ['named and chosen alike', 'DE87 2004 0000 0627 3849 00', 'DE87200400000627384900', 'DE87200400000627384900', null],
    ['neither named nor chosen', null, null, null, /names no account: choose the agency's own account/],
    ['blank on both sides', ' ', '', null, /names no account/],
    ['a chosen foreign account', null, 'DE02120300000000202051', null, /account DE02120300000000202051, which is not one of/],
    ['a named foreign account', 'DE02120300000000202051', null, null, /account DE02120300000000202051, which is not one of/],
    ['a chosen account other than the named one', 'DE87200400000627384900', 'DE89370400440532013000', null,
      /for account DE87200400000627384900, but account DE89370400440532013000 was chosen/],
  ])('%s', (_name, named, chosen, iban, problem) => {
    const answer = statementAccount(named, chosen, OWN);
    expect(answer.iban).toBe(iban);
    if (problem === null) expect(answer.problem).toBeNull();
    else expect(answer.problem?.en).toMatch(problem);
  });
});
