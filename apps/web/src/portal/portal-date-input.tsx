import { useTranslation } from 'react-i18next';
import { DateField, type DateInputProps } from '../ui/date-field';
import { LANGUAGE_LOCALES } from './language';
import { usePortalLanguage } from './portal-context';

/** A date field of the portal: typed the way the debtor's language writes dates, whatever the browser speaks. */
export function PortalDateInput(props: DateInputProps) {
  const { t } = useTranslation();
  const language = usePortalLanguage();
  return (
    <DateField
      {...props}
      locale={LANGUAGE_LOCALES[language]}
      texts={{
        letters: { day: t('common.date.day'), month: t('common.date.month'), year: t('common.date.year') },
        invalid: (pattern) => t('common.date.invalid', { pattern }),
        calendar: t('common.date.calendar'),
      }}
    />
  );
}
