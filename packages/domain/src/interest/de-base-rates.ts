import type { RateTable } from './rate-table.js';

/**
 * German base rate (Basiszinssatz, BGB 247), reset on 1 January and 1 July, as published by the
 * Deutsche Bundesbank in the Bundesanzeiger. Append new rows here; no code change is needed.
 *
 * Sources: LEGAL.md for 2016-07-01 and 2023-01-01 .. 2025-07-01; the Bundesbank's published list
 * for the rest (2002-2007 cross-checked against the Bundesanzeiger notices cited in the BGB's
 * official English translation, 2002-07-01 .. 2015-01-01 against Haufe's Bundesbank overview).
 * 2015-07-01 and 2016-01-01 (-0.83) follow from the Bundesbank's 2016 notice ("falls from -0.83
 * to -0.88"). Least certain: the unchanged -0.88 rows 2017-01-01 .. 2022-07-01, of which only
 * 2019-07-01 and 2021-01-01 were seen in Bundesbank press releases; the rest rely on the ECB main
 * refinancing rate staying at 0.00 % until 27 July 2022, so no reset could move the base rate.
 */
export const BGB_247_BASE_RATES: RateTable = [
  { from: '2002-01-01', ratePercent: '2.57' },
  { from: '2002-07-01', ratePercent: '2.47' },
  { from: '2003-01-01', ratePercent: '1.97' },
  { from: '2003-07-01', ratePercent: '1.22' },
  { from: '2004-01-01', ratePercent: '1.14' },
  { from: '2004-07-01', ratePercent: '1.13' },
  { from: '2005-01-01', ratePercent: '1.21' },
  { from: '2005-07-01', ratePercent: '1.17' },
  { from: '2006-01-01', ratePercent: '1.37' },
  { from: '2006-07-01', ratePercent: '1.95' },
  { from: '2007-01-01', ratePercent: '2.70' },
  { from: '2007-07-01', ratePercent: '3.19' },
  { from: '2008-01-01', ratePercent: '3.32' },
  { from: '2008-07-01', ratePercent: '3.19' },
  { from: '2009-01-01', ratePercent: '1.62' },
  { from: '2009-07-01', ratePercent: '0.12' },
  { from: '2010-01-01', ratePercent: '0.12' },
  { from: '2010-07-01', ratePercent: '0.12' },
  { from: '2011-01-01', ratePercent: '0.12' },
  { from: '2011-07-01', ratePercent: '0.37' },
  { from: '2012-01-01', ratePercent: '0.12' },
  { from: '2012-07-01', ratePercent: '0.12' },
  { from: '2013-01-01', ratePercent: '-0.13' },
  { from: '2013-07-01', ratePercent: '-0.38' },
  { from: '2014-01-01', ratePercent: '-0.63' },
  { from: '2014-07-01', ratePercent: '-0.73' },
  { from: '2015-01-01', ratePercent: '-0.83' },
  { from: '2015-07-01', ratePercent: '-0.83' },
  { from: '2016-01-01', ratePercent: '-0.83' },
  { from: '2016-07-01', ratePercent: '-0.88' },
  { from: '2017-01-01', ratePercent: '-0.88' },
  { from: '2017-07-01', ratePercent: '-0.88' },
  { from: '2018-01-01', ratePercent: '-0.88' },
  { from: '2018-07-01', ratePercent: '-0.88' },
  { from: '2019-01-01', ratePercent: '-0.88' },
  { from: '2019-07-01', ratePercent: '-0.88' },
  { from: '2020-01-01', ratePercent: '-0.88' },
  { from: '2020-07-01', ratePercent: '-0.88' },
  { from: '2021-01-01', ratePercent: '-0.88' },
  { from: '2021-07-01', ratePercent: '-0.88' },
  { from: '2022-01-01', ratePercent: '-0.88' },
  { from: '2022-07-01', ratePercent: '-0.88' },
  { from: '2023-01-01', ratePercent: '1.62' },
  { from: '2023-07-01', ratePercent: '3.12' },
  { from: '2024-01-01', ratePercent: '3.62' },
  { from: '2024-07-01', ratePercent: '3.37' },
  { from: '2025-01-01', ratePercent: '2.27' },
  { from: '2025-07-01', ratePercent: '1.27' },
  // Bundesbank press notice "Bekanntgabe des Basiszinssatzes zum 1. Januar 2026: Basiszinssatz bleibt
  // unverändert bei 1,27 %" (as reported at state-of.biz/bbk/...); the ECB's main refinancing rate
  // stayed at 2.15 % from June 2025, so no reset could move it. 2026-07-01: not confirmed, not added
  // (admins add it under Interest rates).
  { from: '2026-01-01', ratePercent: '1.27' },
];
