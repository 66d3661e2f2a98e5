import { useTranslation } from 'react-i18next';

/** The debtor's rights, shown next to every way to pay. */
export function Rights() {
  const { t } = useTranslation();
  return (
    <section className="portal-card portal-rights" aria-labelledby="portal-rights-title" data-testid="portal-rights">
      <h2 id="portal-rights-title">{t('rights.title')}</h2>
      <p>{t('rights.object')}</p>
      <p>{t('rights.paid')}</p>
      <p>{t('rights.help')}</p>
    </section>
  );
}
