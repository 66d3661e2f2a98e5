import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { withIntl } from '../i18n/test-intl';
import { FileInput } from './file-input';

describe('FileInput', () => {
  it('words its button and its empty line in the workbench language, whatever the browser speaks', () => {
    const de = renderToStaticMarkup(withIntl(<FileInput accept=".csv" data-testid="f" />, 'de'));
    expect(de).toContain('>Datei auswählen<');
    expect(de).toContain('>Keine Datei ausgewählt<');
    const da = renderToStaticMarkup(withIntl(<FileInput accept=".csv" />, 'da'));
    expect(da).toContain('>Vælg fil<');
  });

  it('keeps the real field first, with its attributes, and the visible words out of its name', () => {
    const html = renderToStaticMarkup(withIntl(<FileInput accept=".csv" disabled data-testid="f" />, 'en'));
    expect(html).toMatch(/^<span class="file-input file-input-disabled"><input accept=".csv" disabled="" data-testid="f" type="file" class="file-input-native"\/>/);
    expect(html).toContain('<span class="btn btn-small file-input-button" aria-hidden="true">Choose file</span>');
  });
});
