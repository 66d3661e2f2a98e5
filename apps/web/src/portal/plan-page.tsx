import { addDays, type IsoDate } from '@mahnwerk/domain';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PortalCaseQuery, PortalProposePlanMutation } from '../gql/graphql';
import { formatPortalAmount, formatPortalDate } from './format';
import { usePortalProposePlan } from './hooks/use-portal-propose-plan';
import { planRuleMisses, previewPlan } from './plan-preview';
import { usePortalLanguage } from './portal-context';
import { Rights } from './rights';
import { PortalDateInput } from './portal-date-input';

type PortalCaseData = PortalCaseQuery['portalCase'];
type PlanResult = PortalProposePlanMutation['portalProposePlan'];

/** How long a person takes to answer a proposal outside the creditor's rules, in working days. */
export const REVIEW_ANSWER_WORKING_DAYS = 3;
/** The most installments the form offers (the API's payment plans allow up to 60). */
const MOST_OFFERED = 24;

function InstallmentTable({
  installments,
  format,
  testId,
  status,
}: {
  installments: readonly { dueDate: string; amountCents: number; status?: string }[];
  format: { money: (c: number) => string; date: (d: string) => string };
  testId: string;
  status?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <table className="portal-table portal-installments" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('plan.number')}</th>
          <th scope="col">{t('plan.dueDate')}</th>
          <th scope="col" className="portal-amount">
            {t('plan.amount')}
          </th>
          {status ? <th scope="col">{t('plan.status')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {installments.map((row, index) => (
          <tr key={`${row.dueDate}-${index}`} data-testid={`${testId}-row`}>
            <td>{index + 1}</td>
            <td>{format.date(row.dueDate)}</td>
            <td className="portal-amount">{format.money(row.amountCents)}</td>
            {status ? <td>{row.status ? t(`plan.status${row.status}`, { defaultValue: row.status }) : null}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResultCard({ result, format }: { result: PlanResult; format: { money: (c: number) => string; date: (d: string) => string } }) {
  const { t } = useTranslation();
  const accepted = result.status === 'ACCEPTED';
  const heading = useRef<HTMLHeadingElement>(null);
  // The answer replaces the form: move the focus to it, so a screen reader reads it out.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className={`portal-card ${accepted ? 'portal-good' : 'portal-info'}`} aria-labelledby="portal-plan-result" data-testid={`portal-plan-${result.status.toLowerCase()}`}>
      <h1 id="portal-plan-result" tabIndex={-1} ref={heading}>
        {accepted ? t('plan.acceptedTitle') : t('plan.reviewTitle')}
      </h1>
      <p>{accepted ? t('plan.acceptedText') : t('plan.reviewText', { count: REVIEW_ANSWER_WORKING_DAYS })}</p>
      {!accepted && result.reasons.length > 0 ? (
        <>
          <p>{t('plan.reviewReasons')}</p>
          <ul>
            {result.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </>
      ) : null}
      <InstallmentTable installments={result.plan.installments} format={format} testId="portal-plan-result" />
      <p className="portal-plan-total">
        {t('plan.planTotal')}: <strong>{format.money(result.plan.totalCents)}</strong>
        {result.plan.feeCents > 0 ? <span className="portal-hint"> {t('plan.planFee', { fee: format.money(result.plan.feeCents) })}</span> : null}
      </p>
    </section>
  );
}

function PlanForm({ data, onResult, format }: { data: PortalCaseData; onResult: (r: PlanResult) => void; format: { money: (c: number) => string; date: (d: string) => string } }) {
  const { t } = useTranslation();
  const rules = data.planRules;
  const [propose, { loading }] = usePortalProposePlan();
  const [installments, setInstallments] = useState(() => Math.max(2, Math.min(3, rules.maxInstallments)));
  const [firstDueDate, setFirstDueDate] = useState(() => {
    const inTwoWeeks = addDays(rules.earliestFirstDueDate as IsoDate, 14);
    return inTwoWeeks < rules.latestFirstDueDate ? inTwoWeeks : rules.latestFirstDueDate;
  });
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const preview = useMemo(() => previewPlan(data.balance.totalCents, installments, firstDueDate), [data.balance.totalCents, installments, firstDueDate]);
  const misses = planRuleMisses(preview, rules);
  const vars = { max: rules.maxInstallments, min: format.money(rules.minInstallmentCents), latest: format.date(rules.latestFirstDueDate), earliest: format.date(rules.earliestFirstDueDate) };
  const counts = Array.from({ length: Math.max(MOST_OFFERED, rules.maxInstallments) - 1 }, (_, i) => i + 2);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (installments < 2 || !/^\d{4}-\d{2}-\d{2}$/.test(firstDueDate) || firstDueDate < rules.earliestFirstDueDate) {
      setError(t('plan.invalid'));
      return;
    }
    setError(null);
    try {
      const { data: answer } = await propose({ variables: { input: { installments, firstDueDate } } });
      if (answer) onResult(answer.portalProposePlan);
    } catch {
      setError(t('common.error'));
    }
  }

  return (
    <section className="portal-card" aria-labelledby="portal-plan-title">
      <h1 id="portal-plan-title">{t('plan.title')}</h1>
      <p>{t('plan.intro')}</p>
      <p className="portal-hint" data-testid="portal-plan-rules">
        {t('plan.rules', vars)}
      </p>
      <form className="portal-form" onSubmit={onSubmit} noValidate>
        <div className="portal-field">
          <label htmlFor="portal-plan-count">{t('plan.installments')}</label>
          <select id="portal-plan-count" value={installments} onChange={(e) => setInstallments(Number(e.target.value))} data-testid="portal-plan-count">
            {counts.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
        <div className="portal-field">
          <label htmlFor="portal-plan-first">{t('plan.firstDueDate')}</label>
          <PortalDateInput
            id="portal-plan-first"
            min={rules.earliestFirstDueDate}
            value={firstDueDate}
            onChange={setFirstDueDate}
            aria-describedby={hintId}
            data-testid="portal-plan-first"
          />
          <p id={hintId} className="portal-hint">
            {t('plan.firstDueHint', vars)}
          </p>
        </div>

        {preview.length > 0 ? (
          <div className="portal-preview" aria-live="polite">
            <h2>{t('plan.previewTitle')}</h2>
            <InstallmentTable installments={preview} format={format} testId="portal-plan-preview" />
            <p className="portal-hint">{t('plan.previewNote')}</p>
            {misses.length > 0 ? (
              <ul className="portal-misses" data-testid="portal-plan-misses">
                {misses.includes('TOO_MANY') ? <li>{t('plan.missTooMany', vars)}</li> : null}
                {misses.includes('TOO_SMALL') ? <li>{t('plan.missTooSmall', vars)}</li> : null}
                {misses.includes('TOO_LATE') ? <li>{t('plan.missTooLate', vars)}</li> : null}
              </ul>
            ) : null}
          </div>
        ) : null}

        {error ? (
          <p className="portal-error" role="alert" data-testid="portal-plan-error">
            {error}
          </p>
        ) : null}
        <button type="submit" className="portal-button portal-button-primary" disabled={loading} data-testid="portal-plan-submit">
          {loading ? t('plan.submitting') : t('plan.submit')}
        </button>
      </form>
    </section>
  );
}

export function PlanPage({ data }: { data: PortalCaseData }) {
  const { t } = useTranslation();
  const language = usePortalLanguage();
  const [result, setResult] = useState<PlanResult | null>(null);
  const format = { money: (c: number) => formatPortalAmount(c, data.currency, language), date: (d: string) => formatPortalDate(d, language) };

  let body;
  if (result) body = <ResultCard result={result} format={format} />;
  else if (data.status === 'CLOSED') body = <p className="portal-card portal-notice">{t('plan.unavailableClosed')}</p>;
  else if (data.paymentPlan?.status === 'ACTIVE')
    body = (
      <section className="portal-card" aria-labelledby="portal-plan-in-force" data-testid="portal-plan-in-force">
        <h1 id="portal-plan-in-force">{t('plan.inForceTitle')}</h1>
        <p>{t('overview.planInForce')}</p>
        <InstallmentTable installments={data.paymentPlan.installments} format={format} testId="portal-plan-current" status />
      </section>
    );
  else if (data.planProposal)
    body = (
      <section className="portal-card" aria-labelledby="portal-plan-pending" data-testid="portal-plan-pending">
        <h1 id="portal-plan-pending">{t('plan.pendingTitle')}</h1>
        <p>
          {t('plan.pendingText', {
            count: data.planProposal.installments,
            date: format.date(data.planProposal.firstDueDate),
            days: REVIEW_ANSWER_WORKING_DAYS,
          })}
        </p>
      </section>
    );
  else if (!data.planRules.available || data.balance.totalCents <= 0) body = <p className="portal-card portal-notice">{t('plan.unavailable')}</p>;
  else body = <PlanForm data={data} onResult={setResult} format={format} />;

  return (
    <>
      {body}
      {data.status !== 'CLOSED' && data.balance.totalCents > 0 ? <Rights /> : null}
    </>
  );
}
