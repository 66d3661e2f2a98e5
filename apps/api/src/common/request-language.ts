import { isTextLanguage, type TextLanguage } from '@mahnwerk/domain';

/** The language of a caller who names none, or only languages Mahnwerk does not speak. */
export const DEFAULT_LANGUAGE: TextLanguage = 'en';

/**
 * The caller's language from an `Accept-Language` header ("da-DK,da;q=0.9,en;q=0.8"): the first
 * supported primary subtag in q order (ties in the header's order), else English.
 */
export function languageOfHeader(header: string | string[] | undefined): TextLanguage {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return DEFAULT_LANGUAGE;
  const ranked = value
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { primary: tag.trim().split('-')[0]!.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  return ranked.map((r) => r.primary).find(isTextLanguage) ?? DEFAULT_LANGUAGE;
}

/** What a GraphQL context (HTTP or websocket) says about its caller's language. */
export interface LanguageContext {
  language?: TextLanguage;
}

/** A websocket's language: `connectionParams.language` when it is one Mahnwerk speaks, else English. */
export function languageOfConnection(connectionParams: Readonly<Record<string, unknown>> | undefined): TextLanguage {
  const language = typeof connectionParams?.language === 'string' ? connectionParams.language.toLowerCase() : undefined;
  return isTextLanguage(language) ? language : DEFAULT_LANGUAGE;
}
