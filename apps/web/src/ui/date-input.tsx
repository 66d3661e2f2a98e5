import { useEffect, useId, useRef, useState } from 'react';
import { defineMessages, useIntl, type MessageDescriptor } from 'react-intl';
import { parseTimeEntry } from './date-entry';
import { DateField, type DateFieldTexts, type DateInputProps } from './date-field';

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

/** A date field of the workbench, in the workbench language. */
export function DateInput(props: DateInputProps) {
  const intl = useIntl();
  const texts: DateFieldTexts = {
    letters: { day: intl.formatMessage(TEXT.day), month: intl.formatMessage(TEXT.month), year: intl.formatMessage(TEXT.year) },
    invalid: (pattern) => intl.formatMessage(TEXT.invalid, { pattern }),
    calendar: intl.formatMessage(TEXT.calendar),
  };
  return <DateField {...props} locale={intl.locale} texts={texts} />;
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
