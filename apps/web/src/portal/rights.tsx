import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePortalPath } from './portal-context';

/** The debtor's rights, shown next to every way to pay, with the way to object online. */
export function Rights() {
  const { t } = useTranslation();
  const path = usePortalPath();
  return (
    <section className="portal-card portal-rights" aria-labelledby="portal-rights-title" data-testid="portal-rights">
      <h2 id="portal-rights-title">{t('rights.title')}</h2>
      <p>{t('rights.object')}</p>
      <p>
        <Link className="portal-button" to={path('dispute')} data-testid="portal-go-dispute">
          {t('dispute.link')}
        </Link>
      </p>
      <p>{t('rights.paid')}</p>
      <p>{t('rights.help')}</p>
    </section>
  );
}
