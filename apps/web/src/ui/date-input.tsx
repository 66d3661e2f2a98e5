import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import { dateEntryPattern, formatDateEntry, parseDateEntry, parseTimeEntry } from './date-entry';

const TEXT: Record<'day' | 'month' | 'year' | 'calendar' | 'invalid' | 'time' | 'timePattern' | 'invalidTime', MessageDescriptor> = defineMessages({
  day: { id: 'ui.dateInput.day', defaultMessage: 'DD' },
  month: { id: 'ui.dateInput.month', defaultMessage: 'MM' },
  year: { id: 'ui.dateInput.year', defaultMessage: 'YYYY' },
  calendar: { id: 'ui.dateInput.calendar', defaultMessage: 'Calendar (Alt+↓)' },
  invalid: { id: 'ui.dateInput.invalid', defaultMessage: 'Enter a date as {pattern}.' },
  time: { id: 'ui.dateInput.time', defaultMessage: 'Time of day' },
  timePattern: { id: 'ui.dateInput.timePattern', defaultMessage: 'hh:mm' },
  invalidTime: { id: 'ui.dateInput.invalidTime', defaultMessage: 'Enter a time as {pattern}, such as 14:30.' },
});

export interface DateInputProps {
  /** 'YYYY-MM-DD', '' when empty, or what was typed when it is no date (so the form can refuse it). */
  value: string;
  onChange: (value: string) => void;
  min?: string;
  max?: string;
  required?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
  /** The form's verdict on the date (missing, too late); the field adds its own on the format. */
  'aria-invalid'?: boolean;
  'data-testid'?: string;
  'data-focus'?: string;
}

/**
 * A calendar date typed in the workbench language ("31.12.2026") or picked from the browser's
 * calendar. The browser's own date field writes dates in the browser's locale, whatever language the
 * workbench speaks; this one follows the workbench.
 */
export function DateInput({ value, onChange, min, max, required, disabled, 'aria-invalid': invalid, ...rest }: DateInputProps) {
  const intl = useIntl();
  const locale = intl.locale;
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

  const pattern = dateEntryPattern(locale, { day: intl.formatMessage(TEXT.day), month: intl.formatMessage(TEXT.month), year: intl.formatMessage(TEXT.year) });
  const parsed = parseDateEntry(text, locale);
  // Only the format is this field's to judge; whether the date fits (not in the future, not past a
  // deadline) the form says, as it did for the browser's field.
  const problem = touched && text.trim() !== '' && !parsed ? intl.formatMessage(TEXT.invalid, { pattern }) : null;

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
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => type(e.target.value)}
          onBlur={() => {
            setTouched(true);
            if (parsed) setText(formatDateEntry(parsed, locale));
          }}
          onKeyDown={onKeyDown}
        />
        {/* Out of the tab order and the accessibility tree: it sits inside the field's <label> and would
            join the field's name; the keyboard opens the calendar with Alt+ArrowDown. */}
        <button type="button" className="date-input-calendar" onClick={openCalendar} disabled={disabled} tabIndex={-1} aria-hidden="true" title={intl.formatMessage(TEXT.calendar)}>
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

export interface DateTimeInputProps {
  /** 'YYYY-MM-DDTHH:MM' in the viewer's zone, '' when empty, or the typed text when it is no date and time. */
  value: string;
  onChange: (value: string) => void;
  min?: string;
  'data-testid'?: string;
  'data-focus'?: string;
}

/** A date and a time of day, each typed in the workbench's way (the browser's own field uses the browser's locale and clock). */
export function DateTimeInput({ value, onChange, min, ...rest }: DateTimeInputProps) {
  const intl = useIntl();
  const [date, setDate] = useState(() => value.split('T')[0] ?? '');
  const [time, setTime] = useState(() => value.split('T')[1] ?? '');
  const [timeTouched, setTimeTouched] = useState(false);
  const emitted = useRef(value);
  const timeErrorId = useId();

  useEffect(() => {
    if (value === emitted.current) return;
    emitted.current = value;
    setDate(value.split('T')[0] ?? '');
    setTime(value.split('T')[1] ?? '');
    setTimeTouched(false);
  }, [value]);

  const emit = (nextDate: string, nextTime: string) => {
    const clock = parseTimeEntry(nextTime);
    const combined = nextDate === '' && nextTime.trim() === '' ? '' : `${nextDate}T${clock ?? nextTime.trim()}`;
    emitted.current = combined;
    onChange(combined);
  };

  const timeProblem = timeTouched && time.trim() !== '' && !parseTimeEntry(time);
  const testId = rest['data-testid'];
  return (
    <span className="date-time-input">
      <DateInput
        value={date}
        min={min}
        data-testid={testId ? `${testId}-date` : undefined}
        data-focus={rest['data-focus']}
        onChange={(next) => {
          setDate(next);
          emit(next, time);
        }}
      />
      <span className="date-input">
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="time-input"
          value={time}
          placeholder={intl.formatMessage(TEXT.timePattern)}
          aria-label={intl.formatMessage(TEXT.time)}
          aria-invalid={timeProblem ? true : undefined}
          aria-describedby={timeProblem ? timeErrorId : undefined}
          data-testid={testId ? `${testId}-time` : undefined}
          onChange={(e) => {
            setTime(e.target.value);
            emit(date, e.target.value);
          }}
          onBlur={() => {
            setTimeTouched(true);
            const clock = parseTimeEntry(time);
            if (clock) setTime(clock);
          }}
        />
        {timeProblem ? (
          <span className="field-error" id={timeErrorId}>
            {intl.formatMessage(TEXT.invalidTime, { pattern: intl.formatMessage(TEXT.timePattern) })}
          </span>
        ) : null}
      </span>
    </span>
  );
}
