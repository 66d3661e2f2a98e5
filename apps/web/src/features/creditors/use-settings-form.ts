import { useState, type FormEvent } from 'react';
import type { Parsed } from './creditor-settings-form';

/** What a mutation hook reports, as far as the settings form needs it. */
interface MutationState {
  loading: boolean;
  error?: unknown;
  reset: () => void;
}

/**
 * The editing state of one creditor setting (weights, contact policy): the form, its own input
 * errors, the message after a save or reset, and Undo. `save` and `reset` run the mutations and
 * answer with the setting as the server now holds it; their failures are shown from `saving` and
 * `resetting` next to the form.
 */
export function useSettingsForm<Value, Form, Input>(options: {
  value: Value;
  toForm: (value: Value) => Form;
  parse: (form: Form) => Parsed<Input>;
  save: (input: Input) => Promise<Value | undefined>;
  reset: () => Promise<Value | undefined>;
  saving: MutationState;
  resetting: MutationState;
  savedMessage: string;
  resetMessage: string;
}) {
  const { value, toForm, saving, resetting } = options;
  const [form, setForm] = useState<Form>(() => toForm(value));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<string | null>(null);

  function edit(next: Form) {
    setForm(next);
    setLocalErrors({});
    setSaved(null);
    saving.reset();
    resetting.reset();
  }

  function undo() {
    setForm(toForm(value));
    setLocalErrors({});
    saving.reset();
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const parsed = options.parse(form);
    setLocalErrors(parsed.errors);
    if (!parsed.input) return;
    try {
      const now = await options.save(parsed.input);
      if (now) setForm(toForm(now));
      setSaved(options.savedMessage);
    } catch {
      /* shown next to the field or the form */
    }
  }

  async function onReset() {
    setLocalErrors({});
    saving.reset();
    try {
      const now = await options.reset();
      if (now) setForm(toForm(now));
      setSaved(options.resetMessage);
    } catch {
      /* shown next to the form */
    }
  }

  return { form, localErrors, saved, busy: saving.loading || resetting.loading, edit, undo, onSubmit, onReset };
}
