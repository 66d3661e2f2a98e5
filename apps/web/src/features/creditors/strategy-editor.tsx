import { useMemo, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DUNNING_CHANNELS, DUNNING_STAGES, FEE_RULES, addDays, stageIndex, type DebtorKind, type DunningStage } from '@mahnwerk/domain';
import { displayLanguage } from '../../i18n/display-locale';
import { useLabels } from '../../i18n/labels';
import { formatDate, todayIso } from '../../ui/date';
import { formatCents, formatNumber } from '../../ui/format';
import { CHANNEL_MESSAGES, FEE_RULE_MESSAGES, labelOf } from './creditor-labels';
import { newStage, previewOf, type CreditorForm, type SampleForm, type StageForm } from './creditor-form';
import { DateInput } from '../../ui/date-input';

function FieldError({ error, testId }: { error: string | undefined; testId: string }) {
  return error ? (
    <span className="field-error" data-testid={testId}>
      {error}
    </span>
  ) : null;
}

function StageRow(props: {
  index: number;
  stage: StageForm;
  count: number;
  country: string;
  currency: string;
  readOnly: boolean;
  errors: Record<string, string>;
  onChange: (patch: Partial<StageForm>) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const intl = useIntl();
  const labels = useLabels();
  const { index: i, stage: s, readOnly, errors } = props;
  const n = i + 1;
  const at = (field: string) => errors[`dunningStrategy.stages.${i}.${field}`];
  const id = (field: string) => `stage-${i}-${field}`;
  const testId = (field: string) => `stage-${i}-${field}`;
  const feeError = at('fee') ?? at('fee.rule');
  return (
    <li className="stage-row" data-testid="stage-row" data-stage={s.stage}>
      <div className="stage-row-head">
        <span className="stage-number">{i + 1}</span>
        <select
          aria-label={intl.formatMessage({ id: 'creditors.stage.label', defaultMessage: 'Stage {n}' }, { n })}
          value={s.stage}
          onChange={(e) => props.onChange({ stage: e.target.value as DunningStage })}
          disabled={readOnly}
          aria-invalid={at('stage') ? true : undefined}
          data-testid={testId('stage')}
        >
          {DUNNING_STAGES.map((st) => (
            <option key={st} value={st}>
              {labels.stage(st)}
            </option>
          ))}
        </select>
        {!readOnly ? (
          <span className="stage-row-buttons">
            <button type="button" className="btn btn-small btn-ghost" onClick={() => props.onMove(-1)} disabled={i === 0} aria-label={intl.formatMessage({ id: 'creditors.stage.moveUp', defaultMessage: 'Move stage {n} up' }, { n })}>
              ↑
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => props.onMove(1)}
              disabled={i === props.count - 1}
              aria-label={intl.formatMessage({ id: 'creditors.stage.moveDown', defaultMessage: 'Move stage {n} down' }, { n })}
            >
              ↓
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={props.onRemove} disabled={props.count === 1} aria-label={intl.formatMessage({ id: 'creditors.stage.removeLabel', defaultMessage: 'Remove stage {n}' }, { n })}>
              <FormattedMessage id="creditors.stage.remove" defaultMessage="Remove" />
            </button>
          </span>
        ) : null}
      </div>
      <FieldError error={at('stage')} testId={`error-${testId('stage')}`} />
      <div className="stage-grid">
        <label className="field" htmlFor={id('waitDays')}>
          {i === 0 ? (
            <span title={intl.formatMessage({ id: 'creditors.stage.afterPlacementTitle', defaultMessage: 'Days after the case was placed' })}>
              <FormattedMessage id="creditors.stage.afterPlacement" defaultMessage="Days after placement" />
            </span>
          ) : (
            <span title={intl.formatMessage({ id: 'creditors.stage.afterPreviousTitle', defaultMessage: 'Days after the case entered the previous stage' })}>
              <FormattedMessage id="creditors.stage.afterPrevious" defaultMessage="Days after previous" />
            </span>
          )}
          <input
            id={id('waitDays')}
            type="number"
            min={0}
           
            value={s.waitDays}
            onChange={(e) => props.onChange({ waitDays: e.target.value })}
            disabled={readOnly}
            aria-invalid={at('waitDays') ? true : undefined}
            data-testid={testId('waitDays')}
          />
          <FieldError error={at('waitDays')} testId={`error-${testId('waitDays')}`} />
        </label>
        <label className="field" htmlFor={id('channel')}>
          <span>
            <FormattedMessage id="creditors.stage.channel" defaultMessage="Channel" />
          </span>
          <select
            id={id('channel')}
            value={s.channel}
            onChange={(e) => props.onChange({ channel: e.target.value as StageForm['channel'] })}
            disabled={readOnly}
            data-testid={testId('channel')}
          >
            {DUNNING_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {labelOf(intl, CHANNEL_MESSAGES, c)}
              </option>
            ))}
          </select>
          <FieldError error={at('channel')} testId={`error-${testId('channel')}`} />
        </label>
        <label className="field" htmlFor={id('paymentWindowDays')}>
          <span>
            <FormattedMessage id="creditors.stage.daysToPay" defaultMessage="Days to pay" />
          </span>
          <input
            id={id('paymentWindowDays')}
            type="number"
            min={0}
           
            value={s.paymentWindowDays}
            onChange={(e) => props.onChange({ paymentWindowDays: e.target.value })}
            disabled={readOnly}
            aria-invalid={at('paymentWindowDays') ? true : undefined}
            data-testid={testId('paymentWindowDays')}
          />
          <FieldError error={at('paymentWindowDays')} testId={`error-${testId('paymentWindowDays')}`} />
        </label>
        <label className="field stage-template" htmlFor={id('letterTemplate')}>
          <span>
            <FormattedMessage id="creditors.stage.template" defaultMessage="Template" />
          </span>
          <input
            id={id('letterTemplate')}
            type="text"
            value={s.letterTemplate}
            placeholder={
              s.channel === 'PHONE'
                ? intl.formatMessage({ id: 'creditors.stage.noTemplate', defaultMessage: 'none' })
                : intl.formatMessage({ id: 'creditors.editor.example', defaultMessage: 'e.g. {example}' }, { example: 'de-mahnung-1' })
            }
            onChange={(e) => props.onChange({ letterTemplate: e.target.value })}
            disabled={readOnly}
            aria-invalid={at('letterTemplate') ? true : undefined}
            data-testid={testId('letterTemplate')}
          />
          <FieldError error={at('letterTemplate')} testId={`error-${testId('letterTemplate')}`} />
        </label>
        <label className="field stage-fee" htmlFor={id('fee')}>
          <span>
            <FormattedMessage id="creditors.stage.fee" defaultMessage="Fee" />
          </span>
          <select
            id={id('fee')}
            value={s.feeRule}
            onChange={(e) => props.onChange({ feeRule: e.target.value, factor: e.target.value === 'DE_AGENCY_FEE' && !s.factor ? '0.9' : s.factor })}
            disabled={readOnly}
            aria-invalid={feeError ? true : undefined}
            data-testid={testId('fee')}
          >
            <option value="">{intl.formatMessage({ id: 'creditors.stage.noFee', defaultMessage: 'No fee' })}</option>
            {FEE_RULES.map((r) => (
              <option key={r} value={r}>
                {labelOf(intl, FEE_RULE_MESSAGES, r)}
              </option>
            ))}
          </select>
          <FieldError error={feeError} testId={`error-${testId('fee')}`} />
        </label>
        {s.feeRule === 'DE_AGENCY_FEE' ? (
          <div className="stage-fee-parts">
            <label className="field" htmlFor={id('factor')}>
              <span>
                <FormattedMessage id="creditors.stage.factor" defaultMessage="VV 2300 factor" />
              </span>
              <input
                id={id('factor')}
                type="text"
                inputMode="decimal"
               
                value={s.factor}
                onChange={(e) => props.onChange({ factor: e.target.value })}
                disabled={readOnly}
                aria-invalid={at('fee.factor') ? true : undefined}
                data-testid={testId('factor')}
              />
              <FieldError error={at('fee.factor')} testId={`error-${testId('factor')}`} />
            </label>
            <label className="checkbox small">
              <input type="checkbox" checked={s.firstDemand} onChange={(e) => props.onChange({ firstDemand: e.target.checked })} disabled={readOnly} />
              <FormattedMessage id="creditors.stage.firstDemand" defaultMessage="First demand (0.5 fee)" />
            </label>
            {s.firstDemand ? (
              <label className="field stage-raised" htmlFor={id('raisedFactor')}>
                <span>
                  <FormattedMessage id="creditors.stage.raisedFactor" defaultMessage="Factor once the first demand is unpaid" />
                </span>
                <input
                  id={id('raisedFactor')}
                  type="text"
                  inputMode="decimal"
                  value={s.raisedFactor}
                  onChange={(e) => props.onChange({ raisedFactor: e.target.value })}
                  disabled={readOnly}
                  aria-invalid={at('fee.raisedFactor') ? true : undefined}
                  aria-describedby={id('raisedFactorHint')}
                  data-testid={testId('raisedFactor')}
                />
                <small id={id('raisedFactorHint')} className="muted small">
                  <FormattedMessage
                    id="creditors.stage.raisedFactorHint"
                    defaultMessage="0.5 to 1.3; an undisputed claim is charged at most 0.9 (VV 2300 note 2)."
                  />
                </small>
                <FieldError error={at('fee.raisedFactor')} testId={`error-${testId('raisedFactor')}`} />
              </label>
            ) : null}
          </div>
        ) : null}
        {s.feeRule === 'FIXED' ? (
          <div className="stage-fee-parts">
            <label className="field" htmlFor={id('feeAmount')}>
              <span>
                <FormattedMessage id="creditors.stage.feeAmount" defaultMessage="Amount ({currency})" values={{ currency: props.currency }} />
              </span>
              <input
                id={id('feeAmount')}
                type="text"
                inputMode="decimal"
               
                value={s.feeAmount}
                onChange={(e) => props.onChange({ feeAmount: e.target.value })}
                disabled={readOnly}
                aria-invalid={at('fee.amountCents') ? true : undefined}
                data-testid={testId('feeAmount')}
              />
              <FieldError error={at('fee.amountCents')} testId={`error-${testId('feeAmount')}`} />
            </label>
            <label className="field" htmlFor={id('feeLabel')}>
              <span>
                <FormattedMessage id="creditors.stage.feeLabel" defaultMessage="Label" />
              </span>
              <input id={id('feeLabel')} type="text" value={s.feeLabel} onChange={(e) => props.onChange({ feeLabel: e.target.value })} disabled={readOnly} />
              <FieldError error={at('fee.label')} testId={`error-${testId('feeLabel')}`} />
            </label>
            <label className="field" htmlFor={id('feeStatute')}>
              <span>
                <FormattedMessage id="creditors.stage.feeStatute" defaultMessage="Legal basis" />
              </span>
              <input id={id('feeStatute')} type="text" value={s.feeStatute} onChange={(e) => props.onChange({ feeStatute: e.target.value })} disabled={readOnly} />
              <FieldError error={at('fee.statute')} testId={`error-${testId('feeStatute')}`} />
            </label>
          </div>
        ) : null}
        {props.country === 'DK' || s.collectionWarning ? (
          <label className="checkbox small stage-warning">
            <input
              type="checkbox"
              checked={s.collectionWarning}
              onChange={(e) => props.onChange({ collectionWarning: e.target.checked })}
              disabled={readOnly}
              data-testid={testId('collectionWarning')}
            />
            <FormattedMessage id="creditors.stage.collectionWarning" defaultMessage="Collection warning (inkassovarsel)" />
            <FieldError error={at('collectionWarning')} testId={`error-${testId('collectionWarning')}`} />
          </label>
        ) : null}
      </div>
    </li>
  );
}

/** The sample claim's principal to start from, written as the workbench language writes amounts ("1000,00"). */
const samplePrincipal = () => formatNumber(1000, { minimumFractionDigits: 2, useGrouping: false });

function Preview({ form }: { form: CreditorForm }) {
  const intl = useIntl();
  const labels = useLabels();
  const today = todayIso();
  const [sample, setSample] = useState<SampleForm>({ principal: samplePrincipal(), invoiceDate: today, dueDate: addDays(today, 14), debtorKind: 'consumer' });
  const preview = useMemo(() => previewOf(form, sample, intl), [form, sample, intl]);
  const set = (patch: Partial<SampleForm>) => setSample({ ...sample, ...patch });
  return (
    <aside className="strategy-preview" data-testid="strategy-preview" aria-label={intl.formatMessage({ id: 'creditors.preview.label', defaultMessage: 'Timeline preview' })}
    >
      <h4>
        <FormattedMessage id="creditors.preview.title" defaultMessage="Preview" />
      </h4>
      <p className="muted small settings-help">
        <FormattedMessage id="creditors.preview.help" defaultMessage="The steps a claim would go through if the debtor never pays." />
      </p>
      <div className="preview-sample">
        <label className="field">
          <span>
            <FormattedMessage id="creditors.preview.principalLabel" defaultMessage="Principal ({currency})" values={{ currency: form.currency }} />
          </span>
          <input type="text" inputMode="decimal" value={sample.principal} onChange={(e) => set({ principal: e.target.value })} data-testid="preview-principal" />
        </label>
        <label className="field">
          <span>
            <FormattedMessage id="creditors.preview.invoiceDate" defaultMessage="Invoice date" />
          </span>
          <DateInput value={sample.invoiceDate} onChange={(invoiceDate) => set({ invoiceDate })} />
        </label>
        <label className="field">
          <span>
            <FormattedMessage id="creditors.preview.dueDate" defaultMessage="Due date" />
          </span>
          <DateInput value={sample.dueDate} onChange={(dueDate) => set({ dueDate })} />
        </label>
        <label className="field">
          <span>
            <FormattedMessage id="creditors.preview.debtor" defaultMessage="Debtor" />
          </span>
          <select value={sample.debtorKind} onChange={(e) => set({ debtorKind: e.target.value as DebtorKind })}>
            <option value="consumer">{labels.debtorKind('CONSUMER')}</option>
            <option value="business">{labels.debtorKind('BUSINESS')}</option>
          </select>
        </label>
      </div>
      {'problem' in preview ? (
        <p className="muted small" data-testid="preview-problem">
          {preview.problem}
        </p>
      ) : (
        <ol className="timeline" data-testid="preview-timeline">
          <li className="timeline-step timeline-start">
            <span className="timeline-date">{formatDate(preview.timeline.placedOn)}</span>
            <span>
              <FormattedMessage id="creditors.preview.placed" defaultMessage="Placed with the agency" />
            </span>
          </li>
          {preview.timeline.steps.map((step) => (
            <li key={step.stage} className="timeline-step" data-testid="preview-step" data-stage={step.stage}>
              <span className="timeline-date">{formatDate(step.on)}</span>
              <span className="timeline-what">
                <span>
                  <strong>{labels.stage(step.stage)}</strong> <span className="muted small">· {labelOf(intl, CHANNEL_MESSAGES, step.channel)}</span>
                </span>
                {step.fees.map((f) => (
                  <span key={f.rule} className="small timeline-fee">
                    + {formatCents(f.amountCents, f.currency)} {f.label}
                  </span>
                ))}
                {step.channel !== 'PHONE' ? (
                  <span className="muted small">
                    <FormattedMessage id="creditors.preview.payBy" defaultMessage="Pay by {date}" values={{ date: formatDate(step.paymentDeadline) }} />
                  </span>
                ) : null}
              </span>
            </li>
          ))}
          <li className="timeline-step timeline-end muted small">{preview.timeline.endText[displayLanguage()]}</li>
        </ol>
      )}
    </aside>
  );
}

/** The stages of a creditor's dunning strategy, each with its inputs and its violations, and the timeline it gives. */
export function StrategyEditor(props: {
  form: CreditorForm;
  errors: Record<string, string>;
  readOnly: boolean;
  onChange: (form: CreditorForm) => void;
}) {
  const labels = useLabels();
  const { form, errors, onChange } = props;
  const locked = props.readOnly || form.defaultStrategy;
  const setStage = (i: number, patch: Partial<StageForm>) => onChange({ ...form, stages: form.stages.map((s, k) => (k === i ? { ...s, ...patch } : s)) });
  const move = (i: number, by: -1 | 1) => {
    const stages = [...form.stages];
    const [moved] = stages.splice(i, 1);
    stages.splice(i + by, 0, moved!);
    onChange({ ...form, stages });
  };
  const last = form.stages.at(-1);
  const nextStage = DUNNING_STAGES.find((st) => !form.stages.some((s) => s.stage === st) && (!last || stageIndex(st) > stageIndex(last.stage)));
  return (
    <div className="strategy-layout">
      <div className="strategy-stages">
        <label className="checkbox">
          <input
            type="checkbox"
            checked={form.defaultStrategy}
            onChange={(e) => onChange({ ...form, defaultStrategy: e.target.checked })}
            disabled={props.readOnly}
            data-testid="strategy-default"
          />
          <FormattedMessage id="creditors.strategy.useDefault" defaultMessage="Use the {country} default strategy" values={{ country: form.country }} />
        </label>
        <label className="field strategy-name">
          <span>
            <FormattedMessage id="creditors.strategy.name" defaultMessage="Strategy name" />
          </span>
          <input
            type="text"
            value={form.strategyName}
            onChange={(e) => onChange({ ...form, strategyName: e.target.value })}
            disabled={locked}
            aria-invalid={errors['dunningStrategy.name'] ? true : undefined}
            data-testid="strategy-name"
          />
          <FieldError error={errors['dunningStrategy.name']} testId="error-strategy-name" />
        </label>
        <FieldError error={errors['dunningStrategy.stages'] ?? errors.dunningStrategy} testId="error-strategy-stages" />
        <ol className="stage-list">
          {form.stages.map((s, i) => (
            <StageRow
              key={i}
              index={i}
              stage={s}
              count={form.stages.length}
              country={form.country}
              currency={form.currency}
              readOnly={locked}
              errors={errors}
              onChange={(patch) => setStage(i, patch)}
              onMove={(by) => move(i, by)}
              onRemove={() => onChange({ ...form, stages: form.stages.filter((_, k) => k !== i) })}
            />
          ))}
        </ol>
        {!locked ? (
          <button
            type="button"
            className="btn btn-small"
            disabled={!nextStage}
            onClick={() => nextStage && onChange({ ...form, stages: [...form.stages, newStage(last, nextStage)] })}
            data-testid="strategy-add-stage"
          >
            {nextStage ? (
              <FormattedMessage id="creditors.strategy.addStageNamed" defaultMessage="Add stage: {stage}" values={{ stage: labels.stage(nextStage) }} />
            ) : (
              <FormattedMessage id="creditors.strategy.addStage" defaultMessage="Add stage" />
            )}
          </button>
        ) : null}
      </div>
      <Preview form={form} />
    </div>
  );
}
