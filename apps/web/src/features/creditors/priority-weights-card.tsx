import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_PART_KEYS } from '@mahnwerk/domain';
import { FormattedMessage, useIntl } from 'react-intl';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { describeError } from '../../ui/describe-error';
import { formatNumber } from '../../ui/format';
import { PRIORITY_PART_MESSAGES } from '../../i18n/labels';
import {
  MAX_TOTAL_WEIGHT, sameWeights, serverErrorField, weightsFormToInput, weightsToForm, weightsTotal, type WeightsForm,
} from './creditor-settings-form';
import { SettingsActions } from './settings-actions';
import { useSettingsForm } from './use-settings-form';
import type { CreditorSettings, PriorityWeightsInput } from './creditors.graphql';
import { useSetPriorityWeights } from './hooks/use-set-priority-weights';
import { useResetPriorityWeights } from './hooks/use-reset-priority-weights';

/** The nine priority parts' maximum points for one creditor, with a running total that must stay within 1000. */
export function PriorityWeightsCard({ creditor }: { creditor: CreditorSettings }) {
  const intl = useIntl();
  const weights = creditor.priorityWeights;
  const [save, saving] = useSetPriorityWeights();
  const [reset, resetting] = useResetPriorityWeights();
  const settings = useSettingsForm({
    value: weights,
    toForm: weightsToForm,
    parse: (form: WeightsForm) => weightsFormToInput(form, intl),
    save: async (input: PriorityWeightsInput) =>
      (await save({ variables: { creditorId: creditor.id, weights: input } })).data?.setPriorityWeights.priorityWeights,
    reset: async () => (await reset({ variables: { creditorId: creditor.id } })).data?.resetPriorityWeights.priorityWeights,
    saving,
    resetting,
    savedMessage: intl.formatMessage({ id: 'creditors.weights.saved', defaultMessage: 'Saved. The open cases of this creditor were re-scored.' }),
    resetMessage: intl.formatMessage({
      id: 'creditors.weights.resetDone',
      defaultMessage: 'Back to the default weights. The open cases of this creditor were re-scored.',
    }),
  });
  const { form, localErrors, saved, busy, undo, onSubmit, onReset } = settings;

  const total = weightsTotal(form);
  const over = total > MAX_TOTAL_WEIGHT;
  const dirty = !sameWeights(form, weights);
  const serverField = serverErrorField(saving.error);
  const fieldError = (key: string): string | undefined =>
    localErrors[key] ?? (saving.error && serverField === key ? describeError(saving.error).message : undefined);
  const shownAtField = serverField !== null && (serverField === 'weights' || (PRIORITY_PART_KEYS as readonly string[]).includes(serverField));
  const edit = (key: keyof WeightsForm, value: string) => settings.edit({ ...form, [key]: value });

  return (
    <Card
      title={intl.formatMessage({ id: 'creditors.weights.title', defaultMessage: 'Priority weights' })}
      testId="creditor-weights"
      actions={
        weights.isDefault ? (
          <Badge tone="info" title={intl.formatMessage({ id: 'creditors.weights.defaultsTitle', defaultMessage: 'The creditor has no weights of its own' })}>
            <FormattedMessage id="creditors.badge.defaults" defaultMessage="Defaults" />
          </Badge>
        ) : (
          <Badge tone="accent" title={intl.formatMessage({ id: 'creditors.weights.customTitle', defaultMessage: 'Weights agreed with this creditor' })}>
            <FormattedMessage id="creditors.badge.custom" defaultMessage="Custom" />
          </Badge>
        )
      }
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <p className="muted small settings-help">
          <FormattedMessage
            id="creditors.weights.help"
            defaultMessage="The most points each part can add to a case’s priority. A part reaches its maximum when it applies fully (e.g. the largest balances, a callback that is due), so a larger maximum moves such cases further up the queue."
          />
        </p>
        <div
          className="weights-grid"
          role="group"
          aria-label={intl.formatMessage({ id: 'creditors.weights.groupLabel', defaultMessage: 'Maximum points per part' })}
        >
          {PRIORITY_PART_KEYS.map((key) => {
            const error = fieldError(key);
            const value = /^\d+$/.test(form[key].trim()) ? Number(form[key].trim()) : 0;
            return (
              <div key={key} className="weight-row" data-testid={`weight-${key}`}>
                <label className="weight-label" htmlFor={`weight-${creditor.id}-${key}`}>
                  {intl.formatMessage(PRIORITY_PART_MESSAGES[key])}
                </label>
                <input
                  id={`weight-${creditor.id}-${key}`}
                  type="number"
                  min={0}
                  max={MAX_TOTAL_WEIGHT}
                  step={1}
                  inputMode="numeric"
                  className="input-amount weight-input"
                  value={form[key]}
                  onChange={(e) => edit(key, e.target.value)}
                  aria-invalid={error ? true : undefined}
                  disabled={busy}
                />
                <span className="weight-bar" aria-hidden="true">
                  <span style={{ width: `${Math.min(100, (value / MAX_TOTAL_WEIGHT) * 100)}%` }} />
                </span>
                <span
                  className="muted small weight-default"
                  title={intl.formatMessage({ id: 'creditors.weights.defaultMaxTitle', defaultMessage: 'The default maximum' })}
                >
                  <FormattedMessage
                    id="creditors.weights.defaultMax"
                    defaultMessage="default {points}"
                    values={{ points: formatNumber(DEFAULT_PRIORITY_WEIGHTS[key]) }}
                  />
                </span>
                {error ? <span className="field-error weight-error">{error}</span> : null}
              </div>
            );
          })}
        </div>
        <div className={`weights-total${over ? ' weights-total-over' : ''}`} data-testid="weights-total" aria-live="polite">
          <span className="weights-total-label">
            <FormattedMessage id="creditors.weights.total" defaultMessage="Total" />
          </span>
          <span className="weights-total-value">
            {formatNumber(total)} <span className="muted">/ {formatNumber(MAX_TOTAL_WEIGHT)}</span>
          </span>
          <span className="weights-total-note small">
            {over ? (
              <FormattedMessage
                id="creditors.weights.over"
                defaultMessage="{points} over the limit"
                values={{ points: formatNumber(total - MAX_TOTAL_WEIGHT) }}
              />
            ) : total === 0 ? (
              <FormattedMessage id="creditors.weights.none" defaultMessage="Give at least one part points." />
            ) : (
              <FormattedMessage id="creditors.weights.unused" defaultMessage="{points} unused" values={{ points: formatNumber(MAX_TOTAL_WEIGHT - total) }} />
            )}
          </span>
        </div>
        {fieldError('weights') ? <span className="field-error">{fieldError('weights')}</span> : null}
        <SettingsActions
          testId="weights"
          saveLabel={intl.formatMessage({ id: 'creditors.weights.save', defaultMessage: 'Save weights' })}
          savingLabel={intl.formatMessage({ id: 'creditors.weights.saving', defaultMessage: 'Saving and re-scoring…' })}
          undoTitle={intl.formatMessage({ id: 'creditors.weights.undoTitle', defaultMessage: 'Back to the saved weights' })}
          resetTitle={intl.formatMessage({ id: 'creditors.weights.resetTitle', defaultMessage: 'Drop this creditor’s weights and use the defaults' })}
          busy={busy} dirty={dirty} canSave={!over} isDefault={weights.isDefault}
          saving={saving} resetting={resetting} saved={saved} errorShownAtField={shownAtField}
          onUndo={undo} onReset={onReset}
        />
      </form>
    </Card>
  );
}
