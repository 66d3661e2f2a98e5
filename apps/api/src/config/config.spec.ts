import { chmodSync, chownSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, JWT_SECRET_FILE, loadConfig, secretFileProblem } from './config.js';

const base = { DATA_DIR: '/tmp/mahnwerk-config-spec', JWT_SECRET: 'x'.repeat(40) };

describe('the agency settings', () => {
  it('name the agency, its address lines and its collection account', () => {
    const { agency } = loadConfig({
      ...base,
      AGENCY_NAME: 'Nordinkasso GmbH',
      AGENCY_ADDRESS: 'Am Sandtorkai 5 | 20457 Hamburg',
      AGENCY_IBAN: 'de89 3704 0044 0532 0130 00',
      AGENCY_BIC: 'cobadeffxxx',
    });
    expect(agency).toEqual({
      name: 'Nordinkasso GmbH',
      address: ['Am Sandtorkai 5', '20457 Hamburg'],
      account: { holder: 'Mahnwerk Inkasso GmbH', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' },
    });
  });

  it.each([
    ['AGENCY_ADDRESS', 'a|b|c|d|e', /AGENCY_ADDRESS: has at most 4 lines/],
    ['AGENCY_ADDRESS', ' | ', /AGENCY_ADDRESS: needs at least one line/],
    ['AGENCY_IBAN', 'DE00370400440532013000', /AGENCY_IBAN: must be a valid IBAN/],
    ['AGENCY_NAME', '', /AGENCY_NAME/],
  ])('refuse a bad %s with the variable\'s name', (name, value, message) => {
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, [name]: value })).toThrow(message);
  });
});

describe('the print batch part size', () => {
  it('is 2000 letters unless PRINT_BATCH_PART_LETTERS says otherwise', () => {
    expect(loadConfig(base).printBatchPartLetters).toBe(2000);
    expect(loadConfig({ ...base, PRINT_BATCH_PART_LETTERS: '500' }).printBatchPartLetters).toBe(500);
  });

  it.each(['0', '-3', '2.5', 'many', '50001'])('refuses PRINT_BATCH_PART_LETTERS=%s with the variable\'s name', (value) => {
    expect(() => loadConfig({ ...base, PRINT_BATCH_PART_LETTERS: value })).toThrow(/PRINT_BATCH_PART_LETTERS: must be/);
  });
});

describe('production mode', () => {
  it.each([
    [undefined, false],
    ['development', false],
    ['test', false],
    ['production', true],
  ])('NODE_ENV=%s: production %s', (nodeEnv, production) => {
    expect(loadConfig({ ...base, ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}) }).production).toBe(production);
  });
});

describe('the JWT secret file in DATA_DIR', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mahnwerk-secret-'));
  const file = path.join(dir, JWT_SECRET_FILE);
  const env = { DATA_DIR: dir };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => rmSync(file, { force: true }));

  it('is generated on the first start with mode 0600 and read back at the next', () => {
    const first = loadConfig(env).jwtSecret;
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig(env).jwtSecret).toBe(first);
  });

  it.each([0o640, 0o604, 0o644, 0o660])('stops the start when its mode is %o, naming the file and chmod', (mode) => {
    writeFileSync(file, 's'.repeat(48), { mode });
    chmodSync(file, mode);
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(`The JWT secret ${file} can be read by others`);
    expect(() => loadConfig(env)).toThrow(`chmod 600 ${file}`);
  });

  it('stops the start when it holds fewer than 32 bytes', () => {
    writeFileSync(file, 'short-secret\n', { mode: 0o600 });
    expect(() => loadConfig(env)).toThrow(`The JWT secret ${file} holds 12 bytes, fewer than 32`);
  });

  it('stops the start when another user owns it', () => {
    writeFileSync(file, 's'.repeat(48), { mode: 0o600 });
    const uid = process.getuid!();
    expect(secretFileProblem(file, uid)).toBeNull();
    expect(secretFileProblem(file, uid + 1)).toContain(`belongs to uid ${uid}, not to the user running Mahnwerk (uid ${uid + 1})`);
    if (uid === 0) {
      // As root (CI), the real check: a file handed to another account is refused at start.
      chownSync(file, 1, 1);
      expect(() => loadConfig(env)).toThrow(`The JWT secret ${file} belongs to uid 1`);
    }
  });

  it('is not read when JWT_SECRET is set', () => {
    writeFileSync(file, 'short', { mode: 0o644 });
    expect(loadConfig({ ...env, JWT_SECRET: 'y'.repeat(40) }).jwtSecret).toBe('y'.repeat(40));
  });
});
