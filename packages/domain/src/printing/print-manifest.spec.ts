import { mailPieceOf, postageClassOf, sheetsOf } from './print-manifest.js';

describe('print manifest', () => {
  it.each([[1, 1], [2, 1], [3, 2], [4, 2], [11, 6]])('%i pages take %i sheets duplex', (pages, sheets) => {
    expect(sheetsOf(pages)).toBe(sheets);
  });

  it('refuses a letter without pages', () => {
    expect(() => sheetsOf(0)).toThrow('at least one page');
  });

  it.each([[10, 'STANDARD'], [20, 'STANDARD'], [21, 'COMPACT'], [50, 'COMPACT'], [51, 'LARGE'], [1000, 'MAXI']] as const)(
    '%i g goes as %s', (grams, postage) => expect(postageClassOf(grams)).toBe(postage),
  );

  it('folds up to five sheets into a DL envelope, more into C4, and tells domestic from international', () => {
    expect(mailPieceOf(2, 'DE', 'DE')).toEqual({
      pages: 2, sheets: 1, envelope: 'DL', weightGrams: 10, postageClass: 'STANDARD', destination: 'DOMESTIC',
    });
    expect(mailPieceOf(6, 'dk', 'DE')).toMatchObject({ sheets: 3, weightGrams: 20, postageClass: 'STANDARD', destination: 'INTERNATIONAL' });
    expect(mailPieceOf(8, 'DE', 'DE')).toMatchObject({ sheets: 4, envelope: 'DL', weightGrams: 25, postageClass: 'COMPACT' });
    expect(mailPieceOf(12, 'DE', 'DE')).toMatchObject({ sheets: 6, envelope: 'C4', weightGrams: 50, postageClass: 'COMPACT' });
  });
});
