import { DEFAULT_PRIORITY_WEIGHTS, PRIORITY_PART_KEYS, PRIORITY_PART_LABELS } from '@mahnwerk/domain';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { describeError } from '../../ui/describe-error';
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
  const weights = creditor.priorityWeights;
  const [save, saving] = useSetPriorityWeights();
  const [reset, resetting] = useResetPriorityWeights();
  const settings = useSettingsForm({
    value: weights,
    toForm: weightsToForm,
    parse: weightsFormToInput,
    save: async (input: PriorityWeightsInput) =>
      (await save({ variables: { creditorId: creditor.id, weights: input } })).data?.setPriorityWeights.priorityWeights,
    reset: async () => (await reset({ variables: { creditorId: creditor.id } })).data?.resetPriorityWeights.priorityWeights,
    saving,
    resetting,
    savedMessage: 'Saved. The open cases of this creditor were re-scored.',
    resetMessage: 'Back to the default weights. The open cases of this creditor were re-scored.',
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
      title="Priority weights"
      testId="creditor-weights"
      actions={
        weights.isDefault ? (
          <Badge tone="info" title="The creditor has no weights of its own">
            Defaults
          </Badge>
        ) : (
          <Badge tone="accent" title="Weights agreed with this creditor">
            Custom
          </Badge>
        )
      }
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <p className="muted small settings-help">
          The most points each part can add to a case&apos;s priority. A part reaches its maximum when it applies fully (e.g. the largest
          balances, a callback that is due), so a larger maximum moves such cases further up the queue.
        </p>
        <div className="weights-grid" role="group" aria-label="Maximum points per part">
          {PRIORITY_PART_KEYS.map((key) => {
            const error = fieldError(key);
            const value = /^\d+$/.test(form[key].trim()) ? Number(form[key].trim()) : 0;
            return (
              <div key={key} className="weight-row" data-testid={`weight-${key}`}>
                <label className="weight-label" htmlFor={`weight-${creditor.id}-${key}`}>
                  {PRIORITY_PART_LABELS[key]}
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
                <span className="muted small weight-default" title="The default maximum">
                  default {DEFAULT_PRIORITY_WEIGHTS[key]}
                </span>
                {error ? <span className="field-error weight-error">{error}</span> : null}
              </div>
            );
          })}
        </div>
        <div className={`weights-total${over ? ' weights-total-over' : ''}`} data-testid="weights-total" aria-live="polite">
          <span className="weights-total-label">Total</span>
          <span className="weights-total-value">
            {total} <span className="muted">/ {MAX_TOTAL_WEIGHT}</span>
          </span>
          <span className="weights-total-note small">
            {over ? `${total - MAX_TOTAL_WEIGHT} over the limit` : total === 0 ? 'Give at least one part points.' : `${MAX_TOTAL_WEIGHT - total} unused`}
          </span>
        </div>
        {fieldError('weights') ? <span className="field-error">{fieldError('weights')}</span> : null}
        <SettingsActions
          what="weights" testId="weights" saveLabel="Save weights" savingLabel="Saving and re-scoring…"
          busy={busy} dirty={dirty} canSave={!over} isDefault={weights.isDefault}
          saving={saving} resetting={resetting} saved={saved} errorShownAtField={shownAtField}
          onUndo={undo} onReset={onReset}
        />
      </form>
    </Card>
  );
}
