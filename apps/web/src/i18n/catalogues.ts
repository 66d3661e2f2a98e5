import type { UiLanguage } from './languages';

export type Catalogue = Record<string, string>;

/**
 * The messages of one language. English is the source: its texts are the defaultMessage of each
 * message in the code, so it loads nothing; German and Danish load as their own chunks.
 */
export async function loadCatalogue(language: UiLanguage): Promise<Catalogue> {
  switch (language) {
    case 'de':
      return (await import('./lang/de.json')).default;
    case 'da':
      return (await import('./lang/da.json')).default;
    default:
      return {};
  }
}
