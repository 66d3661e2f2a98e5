import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { dateEntryPattern, formatDateEntry, parseDateEntry } from './date-entry';

export interface DateInputProps {
  /** 'YYYY-MM-DD', '' when empty, or what was typed when it is no date (so the form can refuse it). */
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  id?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  /** The form's verdict on the date (missing, too late); the field adds its own on the format. */
  'aria-invalid'?: boolean;
  'data-testid'?: string;
  'data-focus'?: string;
}

/** The words a date field shows, in the reader's language. */
export interface DateFieldTexts {
  letters: { day: string; month: string; year: string };
  invalid: (pattern: string) => string;
  calendar: string;
}

/**
 * A calendar date typed in the reader's language ("31.12.2026") or picked from the browser's
 * calendar. The browser's own date field writes dates in the browser's locale, whatever language the
 * screen speaks; this one follows the screen.
 */
export function DateField({
  value, onChange, min, max, required, disabled, locale, texts,
  'aria-invalid': invalid, 'aria-describedby': describedBy, ...rest
}: DateInputProps & { locale: string; texts: DateFieldTexts }) {
  const [text, setText] = useState(() => formatDateEntry(value, locale));
  const [touched, setTouched] = useState(false);
  const emitted = useRef(value);
  const shownIn = useRef(locale);
  const picker = useRef<HTMLInputElement>(null);
  const errorId = useId();

  // A value set from outside (a reset, a suggestion) or a new language rewrites the text.
  useEffect(() => {
    if (value === emitted.current && locale === shownIn.current) return;
    emitted.current = value;
    shownIn.current = locale;
    setText(formatDateEntry(value, locale));
    setTouched(false);
  }, [value, locale]);

  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };

  const type = (typed: string) => {
    setText(typed);
    emit(typed.trim() === '' ? '' : (parseDateEntry(typed, locale) ?? typed));
  };

  const pick = (picked: string) => {
    setText(formatDateEntry(picked, locale));
    setTouched(false);
    emit(picked);
  };

  const openCalendar = () => {
    const native = picker.current;
    if (native && typeof native.showPicker === 'function') native.showPicker();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey && event.key === 'ArrowDown') {
      event.preventDefault();
      openCalendar();
    }
  };

  const pattern = dateEntryPattern(locale, texts.letters);
  const parsed = parseDateEntry(text, locale);
  // Only the format is this field's to judge; whether the date fits (not in the future, not past a
  // deadline) the form says, as it did for the browser's field.
  const problem = touched && text.trim() !== '' && !parsed ? texts.invalid(pattern) : null;
  const describedByAll = [describedBy, problem ? errorId : undefined].filter(Boolean).join(' ') || undefined;

  return (
    <span className="date-input">
      <span className="date-input-row">
        <input
          {...rest}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={text}
          placeholder={pattern}
          required={required}
          disabled={disabled}
          aria-invalid={problem || invalid ? true : undefined}
          aria-describedby={describedByAll}
          onChange={(e) => type(e.target.value)}
          onBlur={() => {
            setTouched(true);
            if (parsed) setText(formatDateEntry(parsed, locale));
          }}
          onKeyDown={onKeyDown}
        />
        {/* Out of the tab order and the accessibility tree: it sits inside the field's <label> and would
            join the field's name; the keyboard opens the calendar with Alt+ArrowDown. */}
        <button type="button" className="date-input-calendar" onClick={openCalendar} disabled={disabled} tabIndex={-1} aria-hidden="true" title={texts.calendar}>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
            <path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
          </svg>
        </button>
        <input
          ref={picker}
          type="date"
          className="date-input-picker"
          tabIndex={-1}
          aria-hidden="true"
          value={parsed ?? ''}
          min={min}
          max={max}
          disabled={disabled}
          onChange={(e) => pick(e.target.value)}
        />
      </span>
      {problem ? (
        <span className="field-error" id={errorId}>
          {problem}
        </span>
      ) : null}
    </span>
  );
}
