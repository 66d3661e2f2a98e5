import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { UiLanguage } from '../i18n/languages';
import { withIntl } from '../i18n/test-intl';
import { DateInput, DateTimeInput } from './date-input';

const render = (node: ReactNode, language: UiLanguage) => renderToStaticMarkup(withIntl(node, language));
const noop = () => {};

describe('DateInput', () => {
  it('writes the date and its pattern in the workbench language, whatever the browser speaks', () => {
    const de = render(<DateInput value="2026-07-01" onChange={noop} data-testid="d" />, 'de');
    expect(de).toContain('value="01.07.2026"');
    expect(de).toContain('placeholder="TT.MM.JJJJ"');
    const da = render(<DateInput value="2026-07-01" onChange={noop} />, 'da');
    expect(da).toContain('value="01.07.2026"');
    expect(da).toContain('placeholder="DD.MM.ÅÅÅÅ"');
    const en = render(<DateInput value="2026-07-01" onChange={noop} />, 'en');
    expect(en).toContain('value="01/07/2026"');
    expect(en).toContain('placeholder="DD/MM/YYYY"');
  });

  it('keeps the typed field first and labelled by its form; the calendar stays out of the field\'s name', () => {
    const html = render(<DateInput value="" onChange={noop} min="2026-07-01" data-testid="due" aria-label="Due date" />, 'en');
    expect(html).toMatch(/^<span class="date-input"><span class="date-input-row"><input data-testid="due" aria-label="Due date" type="text"/);
    expect(html).toContain('<button type="button" class="date-input-calendar" tabindex="-1" aria-hidden="true"');
    expect(html).toContain('<input type="date" class="date-input-picker" tabindex="-1" aria-hidden="true" min="2026-07-01"');
  });

  it('passes the form\'s verdict on as aria-invalid', () => {
    expect(render(<DateInput value="" onChange={noop} aria-invalid />, 'en')).toContain('aria-invalid="true"');
    expect(render(<DateInput value="" onChange={noop} />, 'en')).not.toContain('aria-invalid');
  });
});

describe('DateTimeInput', () => {
  it('splits a call-back time into the language\'s date and a 24-hour time', () => {
    const html = render(<DateTimeInput value="2026-07-01T14:30" onChange={noop} data-testid="cb" />, 'de');
    expect(html).toContain('data-testid="cb-date"');
    expect(html).toContain('value="01.07.2026"');
    expect(html).toMatch(/placeholder="hh:mm" aria-label="Uhrzeit" data-testid="cb-time" value="14:30"/);
  });
});
