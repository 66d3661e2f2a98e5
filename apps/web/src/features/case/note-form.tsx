import { useState, type FormEvent } from 'react';
import { FormError } from '../../ui/error-banner';
import { useAddNote } from './hooks/use-add-note';

/** A plain note on the case's timeline: no contact, no change to the case. */
export function NoteForm({ caseId }: { caseId: string }) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [addNote, { loading, error, reset }] = useAddNote();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    reset();
    if (text.trim() === '') {
      setProblem('Write the note first.');
      return;
    }
    setProblem(null);
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
        <span className="field-label">Note</span>
        <textarea rows={2} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} placeholder="Anything worth knowing about this case…" data-testid="note-text" />
        {problem ? <span className="field-error">{problem}</span> : null}
      </label>
      <div className="form-actions">
        <button type="submit" className="btn" disabled={loading} data-testid="note-submit">
          {loading ? 'Saving…' : 'Add note'}
        </button>
      </div>
      <FormError error={error} />
    </form>
  );
}
