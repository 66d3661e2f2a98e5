import type { LocalizedText } from '@mahnwerk/domain';

/** What a lead reads when the limitation worklist's arguments are refused. */
export const LIMITATION_API_TEXTS = {
  daysRange: {
    en: 'days must be a whole number from 0 to {max}.',
    de: 'days muss eine ganze Zahl von 0 bis {max} sein.',
    da: 'days skal være et helt tal fra 0 til {max}.',
  },
  limitRange: {
    en: 'limit must be a whole number from 1 to {max}.',
    de: 'limit muss eine ganze Zahl von 1 bis {max} sein.',
    da: 'limit skal være et helt tal fra 1 til {max}.',
  },
} satisfies Record<string, LocalizedText>;
