import { DUNNING_STAGES } from '../stages.js';
import { rollRates, type StageMoveRow, type StageStartRow } from './roll-rates.js';

describe('rollRates', () => {
  const starts: StageStartRow[] = [
    { stage: 'REMINDER', casesAtStart: 200 },
    { stage: 'DUNNING_1', casesAtStart: 80 },
    { stage: 'ENFORCEMENT', casesAtStart: 10 },
  ];
  const moves: StageMoveRow[] = [
    { fromStage: 'REMINDER', toStage: 'DUNNING_1', cases: 60 },
    { fromStage: 'REMINDER', toStage: 'DUNNING_2', cases: 10 },
    { fromStage: 'REMINDER', toStage: 'CLOSED', cases: 100 },
    { fromStage: 'REMINDER', toStage: 'DUNNING_1', cases: 20 }, // a second row for the same move adds up
    { fromStage: 'DUNNING_1', toStage: 'PHONE', cases: 20 },
    { fromStage: 'DUNNING_1', toStage: 'REMINDER', cases: 4 },
    { fromStage: 'DUNNING_1', toStage: 'CLOSED', cases: 16 },
    { fromStage: 'ENFORCEMENT', toStage: 'CLOSED', cases: 1 },
  ];
  const result = rollRates(starts, moves);
  const byStage = Object.fromEntries(result.map((r) => [r.stage, r]));

  it('one row per stage, in stage order', () => {
    expect(result.map((r) => r.stage)).toEqual([...DUNNING_STAGES]);
  });

  it('REMINDER: 200 at start, 80 to DUNNING_1, 10 to DUNNING_2, 100 closed, 10 stayed', () => {
    const r = byStage.REMINDER!;
    expect(r).toMatchObject({
      casesAtStart: 200,
      nextStage: 'DUNNING_1',
      rolledToNext: 0.4,
      rolledForward: 0.45,
      left: 0.5,
      movedBack: 0,
      stayed: 0.05,
    });
    expect(r.rolledToLater.slice(0, 2)).toEqual([
      { stage: 'DUNNING_1', cases: 80, share: 0.4 },
      { stage: 'DUNNING_2', cases: 10, share: 0.05 },
    ]);
    expect(r.rolledToLater.map((x) => x.stage)).toEqual(DUNNING_STAGES.slice(1));
  });

  it('DUNNING_1: skipping DUNNING_2 counts as forward, not as next; a move back is its own share', () => {
    expect(byStage.DUNNING_1).toMatchObject({
      casesAtStart: 80,
      nextStage: 'DUNNING_2',
      rolledToNext: 0,
      rolledForward: 0.25,
      left: 0.2,
      movedBack: 0.05,
      stayed: 0.5,
    });
  });

  it('the last stage has no next stage', () => {
    expect(byStage.ENFORCEMENT).toMatchObject({
      nextStage: null,
      rolledToNext: null,
      rolledToLater: [],
      rolledForward: 0,
      left: 0.1,
      stayed: 0.9,
    });
  });

  it('shares are null for a stage without cases at the start', () => {
    expect(byStage.COURT).toMatchObject({
      casesAtStart: 0,
      rolledToNext: null,
      rolledForward: null,
      left: null,
      movedBack: null,
      stayed: null,
    });
    expect(byStage.COURT!.rolledToLater).toEqual([{ stage: 'ENFORCEMENT', cases: 0, share: null }]);
  });

  it('no input: every stage empty', () => {
    expect(rollRates([], []).every((r) => r.casesAtStart === 0 && r.stayed === null)).toBe(true);
  });

  it.each<[string, StageStartRow[], StageMoveRow[]]>([
    ['more moved out than were in', [{ stage: 'PHONE', casesAtStart: 2 }], [{ fromStage: 'PHONE', toStage: 'CLOSED', cases: 3 }]],
    ['moves out of an empty stage', [], [{ fromStage: 'PHONE', toStage: 'AGENCY', cases: 1 }]],
    ['a move to the same stage', [{ stage: 'PHONE', casesAtStart: 2 }], [{ fromStage: 'PHONE', toStage: 'PHONE', cases: 1 }]],
    ['an unknown stage', [{ stage: 'LAWYER' as 'PHONE', casesAtStart: 2 }], []],
    ['fractional cases', [{ stage: 'PHONE', casesAtStart: 2.5 }], []],
  ])('rejects %s', (_label, s, m) => {
    expect(() => rollRates(s, m)).toThrow(RangeError);
  });
});
