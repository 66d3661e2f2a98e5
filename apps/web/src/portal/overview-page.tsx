import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FOLD_ABOVE, groupBalanceLines } from './balance-groups';
import { formatPortalAmount, formatPortalDate } from './format';
import { usePortalLanguage, usePortalPath } from './portal-context';
import type { PortalCaseQuery } from '../gql/graphql';
import { Rights } from './rights';

type PortalCaseData = PortalCaseQuery['portalCase'];

export function OverviewPage({ data }: { data: PortalCaseData }) {
  const { t } = useTranslation();
  const language = usePortalLanguage();
  const path = usePortalPath();
  const money = (cents: number) => formatPortalAmount(cents, data.currency, language);
  const date = (iso: string) => formatPortalDate(iso, language);
  const closed = data.status === 'CLOSED';
  const open = data.balance.totalCents > 0;

  return (
    <>
      <section className="portal-card" aria-labelledby="portal-greeting">
        <h1 id="portal-greeting">{t('overview.greeting', { name: data.debtorName })}</h1>
        <dl className="portal-facts">
          <div>
            <dt>{t('overview.creditor')}</dt>
            <dd data-testid="portal-creditor">{data.creditor.name}</dd>
          </div>
          <div>
            <dt>{t('overview.reference')}</dt>
            <dd data-testid="portal-reference">{data.reference}</dd>
          </div>
        </dl>
        {data.claims.length > 0 ? (
          <>
            <h2>{t('overview.claimsTitle')}</h2>
            <ul className="portal-claims">
              {data.claims.map((claim) => (
                <li key={claim.reference}>
                  <span className="portal-claim-what">{claim.subject ?? t('overview.claimFallback', { reference: claim.reference })}</span>
                  <span className="portal-muted">
                    {claim.subject ? `${claim.reference}, ` : ''}
                    {t('overview.claimDue', { date: date(claim.dueDate) })}
                  </span>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <section className="portal-card" aria-labelledby="portal-balance-title">
        <h2 id="portal-balance-title">{t('overview.balanceTitle')}</h2>
        <ul className="portal-balance" data-testid="portal-balance">
          {groupBalanceLines(data.balance.lines).map((group) =>
            group.lines.length > FOLD_ABOVE ? (
              <li key={group.kind}>
                <details open={group.kind === 'PRINCIPAL'} data-testid={`portal-balance-group-${group.kind}`}>
                  <summary className="portal-balance-row">
                    <span>
                      <span className="portal-balance-group">{t(`overview.kinds.${group.kind}`, { defaultValue: t('overview.kinds.OTHER') })}</span>{' '}
                      <span className="portal-muted">({t('overview.items', { count: group.lines.length })})</span>
                    </span>
                    <span className="portal-amount">{money(group.totalCents)}</span>
                  </summary>
                  <ul>
                    {group.lines.map((line, index) => (
                      <li key={index} className="portal-balance-row portal-balance-detail" data-testid="portal-balance-line">
                        <span>{line.explanation}</span>
                        <span className="portal-amount">{money(line.amountCents)}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            ) : (
              group.lines.map((line, index) => (
                <li key={`${group.kind}-${index}`} className="portal-balance-row" data-testid="portal-balance-line">
                  <span>{line.explanation}</span>
                  <span className="portal-amount">{money(line.amountCents)}</span>
                </li>
              ))
            ),
          )}
          <li className="portal-balance-row portal-balance-total">
            <strong>{t('overview.total')}</strong>
            <strong className="portal-amount portal-total" data-testid="portal-total">
              {money(data.balance.totalCents)}
            </strong>
          </li>
        </ul>
        {closed ? <p className="portal-notice">{t('overview.closed')}</p> : !open ? <p className="portal-notice">{t('overview.nothingOpen')}</p> : null}
      </section>

      {!closed ? (
        <section className="portal-card" aria-labelledby="portal-next-title" data-testid="portal-next">
          <h2 id="portal-next-title">{t('overview.nextTitle')}</h2>
          {data.paymentPlan?.status === 'ACTIVE' ? <p>{t('overview.planInForce')}</p> : null}
          {data.planProposal ? <p>{t('overview.proposalPending', { date: date(data.planProposal.proposedAt.slice(0, 10)) })}</p> : null}
          {data.nextStep ? (
            <p>
              {data.nextStep.date ? <strong>{t('overview.nextOn', { date: date(data.nextStep.date) })}: </strong> : null}
              {data.nextStep.description}
            </p>
          ) : data.paymentPlan?.status !== 'ACTIVE' && !data.planProposal ? (
            <p>{t('overview.nothingNext')}</p>
          ) : null}
          {open ? (
            <div className="portal-actions">
              <Link className="portal-button portal-button-primary" to={path('pay')} data-testid="portal-go-pay">
                {t('overview.payAction')}
              </Link>
              {data.planRules.available ? (
                <Link className="portal-button" to={path('plan')} data-testid="portal-go-plan">
                  {t('overview.planAction')}
                </Link>
              ) : null}
              <Link className="portal-text-link" to={path('more')} data-testid="portal-go-more">
                {t('more.link')}
              </Link>
            </div>
          ) : null}
        </section>
      ) : null}

      {open && !closed ? <Rights /> : null}
    </>
  );
}
