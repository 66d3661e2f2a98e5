import { FormError } from '../../ui/error-banner';

/** Save, Undo and "Reset to defaults" under a creditor setting, with what came of the last save. */
export function SettingsActions(props: {
  what: string;
  testId: string;
  saveLabel: string;
  savingLabel: string;
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
  const { what, busy, isDefault, saving, resetting } = props;
  return (
    <>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy || !props.dirty || !props.canSave} data-testid={`${props.testId}-save`}>
          {saving.loading ? props.savingLabel : props.saveLabel}
        </button>
        {props.dirty ? (
          <button type="button" className="btn btn-ghost" disabled={busy} onClick={props.onUndo} title={`Back to the saved ${what}`}>
            Undo
          </button>
        ) : null}
        <span className="form-actions-spacer" />
        <button
          type="button"
          className="btn btn-ghost"
          disabled={busy || isDefault}
          title={isDefault ? 'The defaults already apply' : `Drop this creditor’s ${what} and use the defaults`}
          onClick={() => void props.onReset()}
          data-testid={`${props.testId}-reset`}
        >
          {resetting.loading ? 'Resetting…' : 'Reset to defaults'}
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
