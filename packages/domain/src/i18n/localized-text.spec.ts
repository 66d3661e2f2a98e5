import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { amountText, dateText, fill, localizedTextsIn, plural, textProblems } from './localized-text.js';

const srcDir = fileURLToPath(new URL('..', import.meta.url));

/** Every catalogue of the domain: the `*.i18n.ts` files, wherever they are. */
function catalogueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return catalogueFiles(path);
    return entry.name.endsWith('.i18n.ts') ? [path] : [];
  });
}

describe('the domain keeps its texts in English, German and Danish', () => {
  const files = catalogueFiles(srcDir);

  it('finds the catalogues', () => {
    expect(files.map((f) => relative(srcDir, f))).toEqual(expect.arrayContaining(['contact-policy/contact-policy.i18n.ts', 'outcomes/outcomes.i18n.ts']));
  });

  it('gives every text in every language, with the same placeholders', async () => {
    const problems: string[] = [];
    let count = 0;
    for (const file of files) {
      const texts = Object.entries(await import(file)).flatMap(([name, value]) => localizedTextsIn(value, `${relative(srcDir, file)} ${name}`));
      for (const [where, text] of texts) {
        count++;
        problems.push(...textProblems(where, text));
        if (text.de === text.en && text.da === text.en && /[a-z]{4,} [a-z]{4,}/i.test(text.en)) problems.push(`${where}: not translated`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(50);
  });
});

describe('fill', () => {
  const template = { en: 'Pay {amount} by {date}', de: 'Zahlen Sie {amount} bis {date}', da: 'Betal {amount} senest {date}' };

  it('puts each language its own amount and date format', () => {
    expect(fill(template, { amount: amountText(123456, 'EUR'), date: dateText('2026-03-01') })).toEqual({
      en: 'Pay 1,234.56 EUR by 2026-03-01',
      de: 'Zahlen Sie 1.234,56 EUR bis 01.03.2026',
      da: 'Betal 1.234,56 EUR senest 01.03.2026',
    });
  });

  it('keeps the same figures in every language', () => {
    const text = fill(template, { amount: amountText(1_000_000_00, 'DKK'), date: dateText('2026-12-31') });
    const figures = (s: string) => s.replace(/[.,]/g, '').match(/\d+/g);
    expect(figures(text.de)).toEqual(figures(text.en.replace('2026-12-31', '31122026')));
    expect(figures(text.da)).toEqual(figures(text.de));
  });

  it('refuses a template whose value is missing', () => {
    expect(() => fill(template, { amount: '1' })).toThrow(RangeError);
  });

  it('counts with each language\'s plural', () => {
    const days = { one: { en: '{count} day', de: '{count} Tag', da: '{count} dag' }, other: { en: '{count} days', de: '{count} Tage', da: '{count} dage' } };
    expect(plural(1, days)).toEqual({ en: '1 day', de: '1 Tag', da: '1 dag' });
    expect(plural(3, days).de).toBe('3 Tage');
  });
});

describe('checking a message table', () => {
  it('finds every text in nested tables and names what is wrong with it', () => {
    const table = { ok: { en: 'Due {date}', de: 'Fällig am {date}', da: 'Forfalder {date}' }, list: [{ en: 'Pay {amount}', de: 'Zahlen Sie {betrag}', da: ' ' }] };
    const texts = localizedTextsIn(table, 'T');
    expect(texts.map(([where]) => where)).toEqual(['T.ok', 'T.list[0]']);
    expect(texts.flatMap(([where, text]) => textProblems(where, text))).toEqual([
      'T.list[0]: de placeholders differ from en', 'T.list[0]: no da text', 'T.list[0]: da placeholders differ from en',
    ]);
  });
});
