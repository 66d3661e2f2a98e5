import { useMemo, useState } from 'react';
import {
  DUNNING_CHANNELS, DUNNING_STAGES, FEE_RULE_LABELS, FEE_RULES, STAGE_LABELS, addDays, formatAmount, stageIndex, type DebtorKind, type DunningStage,
} from '@mahnwerk/domain';
import { formatDate, todayIso } from '../../ui/date';
import { newStage, previewOf, type CreditorForm, type SampleForm, type StageForm } from './creditor-form';

const CHANNEL_LABELS: Record<string, string> = { LETTER: 'Letter', EMAIL: 'E-mail', PHONE: 'Phone', SMS: 'Text message' };

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
  const { index: i, stage: s, readOnly, errors } = props;
  const at = (field: string) => errors[`dunningStrategy.stages.${i}.${field}`];
  const id = (field: string) => `stage-${i}-${field}`;
  const testId = (field: string) => `stage-${i}-${field}`;
  const feeError = at('fee') ?? at('fee.rule');
  return (
    <li className="stage-row" data-testid="stage-row" data-stage={s.stage}>
      <div className="stage-row-head">
        <span className="stage-number">{i + 1}</span>
        <select
          aria-label={`Stage ${i + 1}`}
          value={s.stage}
          onChange={(e) => props.onChange({ stage: e.target.value as DunningStage })}
          disabled={readOnly}
          aria-invalid={at('stage') ? true : undefined}
          data-testid={testId('stage')}
        >
          {DUNNING_STAGES.map((st) => (
            <option key={st} value={st}>
              {STAGE_LABELS[st]}
            </option>
          ))}
        </select>
        {!readOnly ? (
          <span className="stage-row-buttons">
            <button type="button" className="btn btn-small btn-ghost" onClick={() => props.onMove(-1)} disabled={i === 0} aria-label={`Move stage ${i + 1} up`}>
              ↑
            </button>
            <button
              type="button"
              className="btn btn-small btn-ghost"
              onClick={() => props.onMove(1)}
              disabled={i === props.count - 1}
              aria-label={`Move stage ${i + 1} down`}
            >
              ↓
            </button>
            <button type="button" className="btn btn-small btn-ghost" onClick={props.onRemove} disabled={props.count === 1} aria-label={`Remove stage ${i + 1}`}>
              Remove
            </button>
          </span>
        ) : null}
      </div>
      <FieldError error={at('stage')} testId={`error-${testId('stage')}`} />
      <div className="stage-grid">
        <label className="field" htmlFor={id('waitDays')}>
          <span title={i === 0 ? 'Days after the case was placed' : 'Days after the case entered the previous stage'}>{i === 0 ? 'Days after placement' : 'Days after previous'}</span>
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
          <span>Channel</span>
          <select
            id={id('channel')}
            value={s.channel}
            onChange={(e) => props.onChange({ channel: e.target.value as StageForm['channel'] })}
            disabled={readOnly}
            data-testid={testId('channel')}
          >
            {DUNNING_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CHANNEL_LABELS[c] ?? c}
              </option>
            ))}
          </select>
          <FieldError error={at('channel')} testId={`error-${testId('channel')}`} />
        </label>
        <label className="field" htmlFor={id('paymentWindowDays')}>
          <span>Days to pay</span>
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
          <span>Template</span>
          <input
            id={id('letterTemplate')}
            type="text"
            value={s.letterTemplate}
            placeholder={s.channel === 'PHONE' ? 'none' : 'e.g. de-mahnung-1'}
            onChange={(e) => props.onChange({ letterTemplate: e.target.value })}
            disabled={readOnly}
            aria-invalid={at('letterTemplate') ? true : undefined}
            data-testid={testId('letterTemplate')}
          />
          <FieldError error={at('letterTemplate')} testId={`error-${testId('letterTemplate')}`} />
        </label>
        <label className="field stage-fee" htmlFor={id('fee')}>
          <span>Fee</span>
          <select
            id={id('fee')}
            value={s.feeRule}
            onChange={(e) => props.onChange({ feeRule: e.target.value, factor: e.target.value === 'DE_AGENCY_FEE' && !s.factor ? '0.9' : s.factor })}
            disabled={readOnly}
            aria-invalid={feeError ? true : undefined}
            data-testid={testId('fee')}
          >
            <option value="">No fee</option>
            {FEE_RULES.map((r) => (
              <option key={r} value={r}>
                {FEE_RULE_LABELS[r]}
              </option>
            ))}
          </select>
          <FieldError error={feeError} testId={`error-${testId('fee')}`} />
        </label>
        {s.feeRule === 'DE_AGENCY_FEE' ? (
          <div className="stage-fee-parts">
            <label className="field" htmlFor={id('factor')}>
              <span>VV 2300 factor</span>
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
              First demand (0.5 fee)
            </label>
            {s.firstDemand ? (
              <label className="field stage-raised" htmlFor={id('raisedFactor')}>
                <span>Factor once the first demand is unpaid</span>
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
                  0.5 to 1.3; an undisputed claim is charged at most 0.9 (VV 2300 note 2).
                </small>
                <FieldError error={at('fee.raisedFactor')} testId={`error-${testId('raisedFactor')}`} />
              </label>
            ) : null}
          </div>
        ) : null}
        {s.feeRule === 'FIXED' ? (
          <div className="stage-fee-parts">
            <label className="field" htmlFor={id('feeAmount')}>
              <span>Amount ({props.currency})</span>
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
              <span>Label</span>
              <input id={id('feeLabel')} type="text" value={s.feeLabel} onChange={(e) => props.onChange({ feeLabel: e.target.value })} disabled={readOnly} />
              <FieldError error={at('fee.label')} testId={`error-${testId('feeLabel')}`} />
            </label>
            <label className="field" htmlFor={id('feeStatute')}>
              <span>Legal basis</span>
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
            Collection warning (inkassovarsel)
            <FieldError error={at('collectionWarning')} testId={`error-${testId('collectionWarning')}`} />
          </label>
        ) : null}
      </div>
    </li>
  );
}

function Preview({ form }: { form: CreditorForm }) {
  const today = todayIso();
  const [sample, setSample] = useState<SampleForm>({ principal: '1000.00', invoiceDate: today, dueDate: addDays(today, 14), debtorKind: 'consumer' });
  const preview = useMemo(() => previewOf(form, sample), [form, sample]);
  const set = (patch: Partial<SampleForm>) => setSample({ ...sample, ...patch });
  return (
    <aside className="strategy-preview" data-testid="strategy-preview" aria-label="Timeline preview">
      <h4>Preview</h4>
      <p className="muted small settings-help">The steps a claim would go through if the debtor never pays.</p>
      <div className="preview-sample">
        <label className="field">
          <span>Principal ({form.currency})</span>
          <input type="text" inputMode="decimal" value={sample.principal} onChange={(e) => set({ principal: e.target.value })} data-testid="preview-principal" />
        </label>
        <label className="field">
          <span>Invoice date</span>
          <input type="date" value={sample.invoiceDate} onChange={(e) => set({ invoiceDate: e.target.value })} />
        </label>
        <label className="field">
          <span>Due date</span>
          <input type="date" value={sample.dueDate} onChange={(e) => set({ dueDate: e.target.value })} />
        </label>
        <label className="field">
          <span>Debtor</span>
          <select value={sample.debtorKind} onChange={(e) => set({ debtorKind: e.target.value as DebtorKind })}>
            <option value="consumer">Consumer</option>
            <option value="business">Business</option>
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
            <span>Placed with the agency</span>
          </li>
          {preview.timeline.steps.map((step) => (
            <li key={step.stage} className="timeline-step" data-testid="preview-step" data-stage={step.stage}>
              <span className="timeline-date">{formatDate(step.on)}</span>
              <span className="timeline-what">
                <span>
                  <strong>{STAGE_LABELS[step.stage]}</strong> <span className="muted small">· {CHANNEL_LABELS[step.channel] ?? step.channel}</span>
                </span>
                {step.fees.map((f) => (
                  <span key={f.rule} className="small timeline-fee">
                    + {formatAmount(f.amountCents, f.currency)} {f.label}
                  </span>
                ))}
                {step.channel !== 'PHONE' ? <span className="muted small">Pay by {formatDate(step.paymentDeadline)}</span> : null}
              </span>
            </li>
          ))}
          <li className="timeline-step timeline-end muted small">{preview.timeline.end}</li>
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
          Use the {form.country} default strategy
        </label>
        <label className="field strategy-name">
          <span>Strategy name</span>
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
            Add stage{nextStage ? `: ${STAGE_LABELS[nextStage]}` : ''}
          </button>
        ) : null}
      </div>
      <Preview form={form} />
    </div>
  );
}
