import type pg from 'pg';
import type { Queryable } from '../src/database/queryable.js';
import { LettersRepository } from '../src/letters/letters.repository.js';
import { addDunningRun, addLetter } from './factories.js';
import { addCase } from './fixtures.js';
import { withApi } from './with-api.js';

/** LettersRepository.lettersOfCases: the letters of many cases in one statement, as Case.letters lists them. */
describe('the letters of many cases, in one statement', () => {
  const bed = withApi({ collectors: 1, cases: 0, api: false });
  let db: pg.Pool;
  let fx: typeof bed.fx;

  beforeAll(() => {
    ({ db, fx } = bed);
  });

  it('lists each case the letters to its debtor for its creditor, newest first; none for a case without', async () => {
    const first = await addCase(db, { creditorId: fx.creditorDE, principalCents: 10_000, priority: 1 });
    const debtor = (await db.query('SELECT debtor_id FROM cases WHERE id = $1', [first])).rows[0].debtor_id;
    const second = await addCase(db, { creditorId: fx.creditorDE, principalCents: 20_000, priority: 2, debtorId: debtor });
    const sameDebtorOtherCreditor = await addCase(db, { creditorId: fx.creditorDK, principalCents: 30_000, priority: 3, debtorId: debtor });
    const other = await addCase(db, { creditorId: fx.creditorDE, principalCents: 40_000, priority: 4 });
    const letter = async (caseId: string, writtenOn: string, runAsOf: string) => {
      const runId = await addDunningRun(db, runAsOf);
      return addLetter(db, caseId, { runId, writtenOn });
    };
    const older = await letter(first, '2026-10-01', '2026-10-01');
    const newer = await letter(second, '2026-11-01', '2026-11-01');
    const danish = await letter(sameDebtorOtherCreditor, '2026-11-01', '2026-11-01');

    const statements: string[] = [];
    const tx = {
      query: async (sql: string, params?: unknown[]) => {
        statements.push(sql);
        return (await db.query(sql, params)).rows;
      },
    } as unknown as Queryable;
    const letters = await new LettersRepository(null as never).lettersOfCases([first, second, sameDebtorOtherCreditor, other], tx);
    expect(statements).toHaveLength(1);
    const ids = (caseId: string) => letters.get(caseId)!.map((l) => l.id);
    expect(ids(first)).toEqual([newer, older]);
    expect(ids(second)).toEqual([newer, older]);
    expect(ids(sameDebtorOtherCreditor)).toEqual([danish]);
    expect(ids(other)).toEqual([]);
    expect(letters.get(first)![0]).toEqual({
      id: newer, kind: 'DUNNING', writtenOn: '2026-11-01', status: 'PENDING', sentOn: null, contentSha256: null, pdfSha256: null, heldReason: null, error: null,
    });
    expect(await new LettersRepository(null as never).lettersOfCases([], tx)).toEqual(new Map());
    expect(statements).toHaveLength(1);
  });
});
