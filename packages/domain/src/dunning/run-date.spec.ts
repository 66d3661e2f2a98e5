import { dunningRunDateProblem } from './run-date.js';

describe('dunningRunDateProblem', () => {
  it.each<[string, string, string | null, RegExp | null]>([
    ['today, no run yet', '2026-12-07', null, null],
    ['today after yesterday', '2026-12-07', '2026-12-06', null],
    ['the last finished date again', '2026-12-06', '2026-12-06', null],
    ['a past date, no run yet', '2026-01-01', null, null],
    ['tomorrow', '2026-12-08', null, /after today \(2026-12-07\)/],
    ['far in the future', '2099-12-31', '2026-12-06', /after today/],
    ['before the last finished run', '2026-12-05', '2026-12-06', /before the last finished dunning run \(2026-12-06\)/],
    ['not a date', '2026-02-30', null, /not a date/],
    ['garbage', 'tomorrow', null, /not a date/],
  ])('%s', (_name, asOf, last, problem) => {
    const answer = dunningRunDateProblem(asOf, '2026-12-07', last);
    if (problem === null) expect(answer).toBeNull();
    else expect(answer).toMatch(problem);
  });
});
