import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormError } from '../../ui/error-banner';
import { useAddNote } from './hooks/use-add-note';

/** A plain note on the case's timeline: no contact, no change to the case. */
export function NoteForm({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState(false);
  const [addNote, { loading, error, reset }] = useAddNote();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    if (text.trim() === '') {
      setProblem(true);
      return;
    }
    setProblem(false);
    try {
      await addNote({ variables: { caseId, text } });
      setText('');
    } catch {
      /* shown by FormError; the text stays for a retry */
    }
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate data-testid="note-form">
      <label className="field">
        <span className="field-label">
          <FormattedMessage id="case.note.label" defaultMessage="Note" />
        </span>
        <textarea
          rows={2}
          value={text}
          maxLength={2000}
          onChange={(e) => setText(e.target.value)}
          placeholder={intl.formatMessage({ id: 'case.note.placeholder', defaultMessage: 'Anything worth knowing about this case…' })}
          data-testid="note-text"
        />
        {problem ? (
          <span className="field-error">
            <FormattedMessage id="case.note.empty" defaultMessage="Write the note first." />
          </span>
        ) : null}
      </label>
      <div className="form-actions">
        <button type="submit" className="btn" disabled={loading} data-testid="note-submit">
          {loading ? <FormattedMessage id="case.note.saving" defaultMessage="Saving…" /> : <FormattedMessage id="case.note.submit" defaultMessage="Add note" />}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}
