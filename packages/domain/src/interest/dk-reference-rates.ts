import type { RateTable } from './rate-table.js';

/**
 * Danish reference rate (referencesats, renteloven 5(1)): Danmarks Nationalbank's official
 * lending rate (udlånsrente) as it stood on 1 January and 1 July. Append new rows here.
 *
 * VERIFY against nationalbanken.dk before relying on it. Derived from the published default
 * rates (morarente = reference + 8 points): forbrug.dk's list for 2013-03-01 .. 2023-07-01
 * (8.20 % -> 0.20; 8.05 % -> 0.05; 7.65 % -> -0.35; 7.55 % -> -0.45; 9.90 % -> 1.90;
 * 11.25 % -> 3.25) and a law firm's notice for 2024-01-01 (11.75 % -> 3.75). 2024-07-01 (3.50) agrees with
 * the cut to 3.50 % of 6 June 2024 (global-rates.com's history of the lending rate).
 *
 * 2025-01-01 (2.75) agrees with the Nationalbank's January 2025 cut "from 2.75 % to 2.50 %"
 * (tradingeconomics.com); 2025-07-01 (1.75) with the cut to 1.75 % of 5 June 2025 (fx.co news).
 * No row after 2025-07-01 could be confirmed from an announcement; admins add it under Interest rates.
 *
 * Rows 2006-07-01 .. 2012-07-01 are for claims that fell due before 2013-03-01 (margin 7 points,
 * statutory-margin.ts): forbrug.dk "Morarenten" lists the default rate per half-year with the
 * 7-point margin then in force (10 % -> 3.00; 10.75 % -> 3.75; 11.25 % -> 4.25; 11.35 % -> 4.35;
 * 10.75 % -> 3.75; 8.55 % -> 1.55; 8.20 % -> 1.20; 8.05 % -> 1.05; 8.30 % -> 1.30; 7.7 % -> 0.70;
 * 7.45 % -> 0.45; 2013-01-01 7.20 % -> 0.20, as below).
 */
export const DK_NATIONALBANK_LENDING_RATES: RateTable = [
  { from: '2006-07-01', ratePercent: '3.00' },
  { from: '2007-01-01', ratePercent: '3.75' },
  { from: '2007-07-01', ratePercent: '4.25' },
  { from: '2008-01-01', ratePercent: '4.25' },
  { from: '2008-07-01', ratePercent: '4.35' },
  { from: '2009-01-01', ratePercent: '3.75' },
  { from: '2009-07-01', ratePercent: '1.55' },
  { from: '2010-01-01', ratePercent: '1.20' },
  { from: '2010-07-01', ratePercent: '1.05' },
  { from: '2011-01-01', ratePercent: '1.05' },
  { from: '2011-07-01', ratePercent: '1.30' },
  { from: '2012-01-01', ratePercent: '0.70' },
  { from: '2012-07-01', ratePercent: '0.45' },
  { from: '2013-01-01', ratePercent: '0.20' },
  { from: '2013-07-01', ratePercent: '0.20' },
  { from: '2014-01-01', ratePercent: '0.20' },
  { from: '2014-07-01', ratePercent: '0.20' },
  { from: '2015-01-01', ratePercent: '0.20' },
  { from: '2015-07-01', ratePercent: '0.05' },
  { from: '2016-01-01', ratePercent: '0.05' },
  { from: '2016-07-01', ratePercent: '0.05' },
  { from: '2017-01-01', ratePercent: '0.05' },
  { from: '2017-07-01', ratePercent: '0.05' },
  { from: '2018-01-01', ratePercent: '0.05' },
  { from: '2018-07-01', ratePercent: '0.05' },
  { from: '2019-01-01', ratePercent: '0.05' },
  { from: '2019-07-01', ratePercent: '0.05' },
  { from: '2020-01-01', ratePercent: '0.05' },
  { from: '2020-07-01', ratePercent: '0.05' },
  { from: '2021-01-01', ratePercent: '0.05' },
  { from: '2021-07-01', ratePercent: '-0.35' },
  { from: '2022-01-01', ratePercent: '-0.45' },
  { from: '2022-07-01', ratePercent: '-0.45' },
  { from: '2023-01-01', ratePercent: '1.90' },
  { from: '2023-07-01', ratePercent: '3.25' },
  { from: '2024-01-01', ratePercent: '3.75' },
  { from: '2024-07-01', ratePercent: '3.50' },
  { from: '2025-01-01', ratePercent: '2.75' },
  { from: '2025-07-01', ratePercent: '1.75' },
];
