import { FormattedMessage, useIntl } from 'react-intl';
import { FormError } from '../../ui/error-banner';

/** Save, Undo and "Reset to defaults" under a creditor setting, with what came of the last save. */
export function SettingsActions(props: {
  testId: string;
  saveLabel: string;
  savingLabel: string;
  /** Title of Undo: back to what the setting holds now. */
  undoTitle: string;
  /** Title of "Reset to defaults" while the creditor has a setting of its own. */
  resetTitle: string;
  busy: boolean;
  dirty: boolean;
  canSave: boolean;
  isDefault: boolean;
  saving: { loading: boolean; error?: unknown };
  resetting: { loading: boolean; error?: unknown };
  saved: string | null;
  /** The save error is shown next to its field already. */
  errorShownAtField: boolean;
  onUndo: () => void;
  onReset: () => Promise<void>;
}) {
  const intl = useIntl();
  const { busy, isDefault, saving, resetting } = props;
  return (
    <>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !props.dirty || !props.canSave} data-testid={`${props.testId}-save`}>
          {saving.loading ? props.savingLabel : props.saveLabel}
        </button>
        {props.dirty ? (
          <button type="button" className="btn btn-ghost" disabled={busy} onClick={props.onUndo} title={props.undoTitle}>
            <FormattedMessage id="creditors.settings.undo" defaultMessage="Undo" />
          </button>
        ) : null}
        <span className="form-actions-spacer" />
        <button
          type="button"
          className="btn btn-ghost"
          disabled={busy || isDefault}
          title={isDefault ? intl.formatMessage({ id: 'creditors.settings.defaultsApply', defaultMessage: 'The defaults already apply' }) : props.resetTitle}
          onClick={() => void props.onReset()}
          data-testid={`${props.testId}-reset`}
        >
          {resetting.loading ? (
            <FormattedMessage id="creditors.settings.resetting" defaultMessage="Resetting…" />
          ) : (
            <FormattedMessage id="creditors.settings.reset" defaultMessage="Reset to defaults" />
          )}
        </button>
      </div>
      {props.saved ? (
        <p className="form-success" role="status">
          {props.saved}
        </p>
      ) : null}
      {saving.error && !props.errorShownAtField ? <FormError error={saving.error} /> : null}
      <FormError error={resetting.error} />
    </>
  );
}
