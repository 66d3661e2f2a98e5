import type { RateTable } from './rate-table.js';

/**
 * Danish reference rate (referencesats, renteloven 5(1)): Danmarks Nationalbank's official
 * lending rate (udlånsrente) as it stood on 1 January and 1 July. Append new rows here.
 *
 * VERIFY against nationalbanken.dk before relying on it. Derived from the published default
 * rates (morarente = reference + 8 points): forbrug.dk's list for 2013-03-01 .. 2023-07-01
 * (8.20 % -> 0.20; 8.05 % -> 0.05; 7.65 % -> -0.35; 7.55 % -> -0.45; 9.90 % -> 1.90;
 * 11.25 % -> 3.25) and a law firm's notice for 2024-01-01 (11.75 % -> 3.75). The rows from
 * 2024-07-01 on are from memory of the Nationalbank's 2024/2025 cuts and are the least certain.
 *
 * Note: for claims that fell due before 2013-03-01 the margin was 7 points, not 8; Mahnwerk
 * applies the current 8-point margin to every claim (see statutory-rate.ts).
 */
export const DK_NATIONALBANK_LENDING_RATES: RateTable = [
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
