import { GERMAN_STATES, type GermanState } from './public-holidays.js';
import {
  CENTRAL_DUNNING_COURT_IDS, centralDunningCourtsFor, describeDunningCourt, dunningCourtState, isCentralDunningCourt,
} from './dunning-courts.js';

describe('central dunning courts and their Land (ZPO 689(2), (3); ZPO 222(2))', () => {
  it.each([
    ['BW', ['STUTTGART']],
    ['BY', ['COBURG']],
    ['BE', ['WEDDING']],
    ['BB', ['WEDDING']],
    ['HB', ['BREMEN']],
    ['HH', ['HAMBURG']],
    ['MV', ['HAMBURG']],
    ['HE', ['HUENFELD']],
    ['NI', ['UELZEN']],
    ['NW', ['HAGEN', 'EUSKIRCHEN']],
    ['RP', ['MAYEN']],
    ['SL', ['MAYEN']],
    ['SN', ['ASCHERSLEBEN']],
    ['ST', ['ASCHERSLEBEN']],
    ['TH', ['ASCHERSLEBEN']],
    ['SH', ['SCHLESWIG']],
  ] as const)('an applicant in %s goes to %p', (state, courts) => {
    expect(centralDunningCourtsFor(state)).toEqual(courts);
  });

  it('every Land has a court', () => {
    for (const state of Object.keys(GERMAN_STATES) as GermanState[]) expect(centralDunningCourtsFor(state).length).toBeGreaterThan(0);
  });

  it.each([
    ['COBURG', 'BY', 'Amtsgericht Coburg (Bayern)'],
    ['WEDDING', 'BE', 'Amtsgericht Wedding (Berlin)'],
    ['ASCHERSLEBEN', 'ST', 'Amtsgericht Aschersleben (Sachsen-Anhalt)'],
    ['UELZEN', 'NI', 'Amtsgericht Uelzen (Niedersachsen)'],
  ] as const)('%s sits in %s', (court, state, text) => {
    expect(dunningCourtState(court)).toBe(state);
    expect(describeDunningCourt(court)).toBe(text);
  });

  it('knows the twelve courts only', () => {
    expect(CENTRAL_DUNNING_COURT_IDS).toHaveLength(12);
    expect(isCentralDunningCourt('COBURG')).toBe(true);
    expect(isCentralDunningCourt('MUENCHEN')).toBe(false);
    expect(() => dunningCourtState('MUENCHEN' as never)).toThrow(RangeError);
  });
});
