import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { defineMessages, FormattedMessage, useIntl, type MessageDescriptor } from 'react-intl';
import { Badge } from '../../ui/badge';
import { Card } from '../../ui/card';
import { formatDate, isIsoDate, todayIn, type IsoDate } from '../../ui/date';
import { FormError } from '../../ui/error-banner';
import type { CentralDunningCourt } from '../../gql/graphql';
import type { CourtEvent, CourtProceeding } from './case.graphql';
import { COURT_EVENT_LABELS, courtRows, DEADLINE_DISTANCE, deadlineDistanceValues, deadlineStatus, nextCourtEvents, suggestedCourtEvent, type CourtRow } from './court-procedure';
import { CASE_DUNNING_STEPS } from './letter-history.graphql';
import { useRecordCourtEvent } from './hooks/use-record-court-event';
import { DateInput } from '../../ui/date-input';

/** The central dunning courts (ZPO 689(3)) and the applicants' Länder they serve; the court's Land sets the holidays. */
const DUNNING_COURTS: readonly { value: CentralDunningCourt; label: string }[] = [
  { value: 'STUTTGART', label: 'AG Stuttgart (Baden-Württemberg)' },
  { value: 'COBURG', label: 'AG Coburg (Bayern)' },
  { value: 'WEDDING', label: 'AG Wedding (Berlin, Brandenburg)' },
  { value: 'BREMEN', label: 'AG Bremen (Bremen)' },
  { value: 'HAMBURG', label: 'AG Hamburg (Hamburg, Mecklenburg-Vorpommern)' },
  { value: 'HUENFELD', label: 'AG Hünfeld (Hessen)' },
  { value: 'UELZEN', label: 'AG Uelzen (Niedersachsen)' },
  { value: 'HAGEN', label: 'AG Hagen (Nordrhein-Westfalen: OLG Hamm, Düsseldorf)' },
  { value: 'EUSKIRCHEN', label: 'AG Euskirchen (Nordrhein-Westfalen: OLG Köln)' },
  { value: 'MAYEN', label: 'AG Mayen (Rheinland-Pfalz, Saarland)' },
  { value: 'ASCHERSLEBEN', label: 'AG Aschersleben (Sachsen-Anhalt, Sachsen, Thüringen)' },
  { value: 'SCHLESWIG', label: 'AG Schleswig (Schleswig-Holstein)' },
];

const FORM_MESSAGES: Record<'chooseDay' | 'saved', MessageDescriptor> = defineMessages({
  chooseDay: { id: 'case.court.form.chooseDay', defaultMessage: 'Choose the day it happened.' },
  saved: { id: 'case.court.form.saved', defaultMessage: '{event} on {date} recorded.' },
});

function CourtRowView({ row, today }: { row: CourtRow; today: IsoDate }) {
  const intl = useIntl();
  if (row.kind === 'event') {
    return (
      <tr className={row.on ? 'court-event' : 'court-event court-pending'} data-testid="court-row" data-court-row={row.key}>
        <th scope="row">{intl.formatMessage(row.label)}</th>
        <td className="court-date">{row.on ? formatDate(row.on) : '—'}</td>
        <td>
          {row.on ? null : (
            <span className="muted small">
              <FormattedMessage id="case.court.notYet" defaultMessage="not yet" />
            </span>
          )}
        </td>
      </tr>
    );
  }
  const status = deadlineStatus(row.on, today);
  const state = row.answered ? 'answered' : status.state;
  const distance = intl.formatMessage(DEADLINE_DISTANCE, deadlineDistanceValues(status.days));
  return (
    <tr className={`court-deadline court-deadline-${state}`} data-testid="court-row" data-court-row={row.key} data-deadline-state={state}>
      <th scope="row">
        {intl.formatMessage(row.label)}
        <span className="court-statute">{intl.formatMessage(row.statute)}</span>
      </th>
      <td className="court-date">{formatDate(row.on)}</td>
      <td>
        {row.answered ? (
          <span className="muted small">
            <FormattedMessage
              id="case.court.answeredOn"
              defaultMessage="{what} {date}"
              values={{ what: intl.formatMessage(row.answered.label), date: formatDate(row.answered.on) }}
            />
          </span>
        ) : status.state === 'passed' ? (
          <span className="muted small">
            <FormattedMessage id="case.court.passed" defaultMessage="passed {distance}" values={{ distance }} />
          </span>
        ) : (
          <Badge tone={status.state === 'today' ? 'warn' : 'accent'}>
            {status.state === 'today' ? <FormattedMessage id="case.court.endsToday" defaultMessage="ends today" /> : distance}
          </Badge>
        )}
      </td>
    </tr>
  );
}

function CourtEventForm({ caseId, court, timeZone }: { caseId: string; court: CourtProceeding | null; timeZone: string }) {
  const intl = useIntl();
  const options = nextCourtEvents(court);
  const today = todayIn(timeZone);
  const [chosen, setChosen] = useState<CourtEvent | ''>('');
  const [dunningCourt, setDunningCourt] = useState<CentralDunningCourt | ''>('');
  const courtNamed = Boolean(court?.court);
  const [on, setOn] = useState<IsoDate>(today);
  const [dateError, setDateError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [record, { loading, error, reset }] = useRecordCourtEvent();

  const suggested = suggestedCourtEvent(options);
  if (!suggested) {
    return (
      <p className="muted small court-form-done">
        <FormattedMessage id="case.court.form.done" defaultMessage="Every step of the procedure is recorded." />
      </p>
    );
  }
  const event = chosen && options.includes(chosen) ? chosen : suggested;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    reset();
    setSaved(null);
    if (!isIsoDate(on)) {
      setDateError(intl.formatMessage(FORM_MESSAGES.chooseDay));
      return;
    }
    setDateError(null);
    try {
      await record({ variables: { input: { caseId, event, on, ...(dunningCourt && !courtNamed ? { court: dunningCourt } : {}) } } });
      setDunningCourt('');
      setSaved(intl.formatMessage(FORM_MESSAGES.saved, { event: intl.formatMessage(COURT_EVENT_LABELS[event]), date: formatDate(on) }));
      setChosen('');
      setOn(todayIn(timeZone));
    } catch {
      /* shown inline from `error` */
    }
  }

  return (
    <form className="form court-form" onSubmit={onSubmit} noValidate data-testid="court-event-form">
      <div className="field-row court-form-fields">
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="case.court.form.nextStep" defaultMessage="Record next step" />
          </span>
          <select
            value={event}
            onChange={(e) => {
              setChosen(e.target.value as CourtEvent);
              setSaved(null);
            }}
            data-testid="court-event"
          >
            {options.map((o) => (
              <option key={o} value={o}>
                {intl.formatMessage(COURT_EVENT_LABELS[o])}
              </option>
            ))}
          </select>
        </label>
        {courtNamed ? null : (
          <label className="field">
            <span className="field-label">
              <FormattedMessage id="case.court.form.dunningCourt" defaultMessage="Central dunning court" />
            </span>
            <select
              value={dunningCourt}
              onChange={(e) => {
                setDunningCourt(e.target.value as CentralDunningCourt | '');
                setSaved(null);
              }}
              data-testid="court-dunning-court"
            >
              <option value="">{intl.formatMessage({ id: 'case.court.form.notNamed', defaultMessage: 'Not named' })}</option>
              {DUNNING_COURTS.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </label>
        )}
        <label className="field">
          <span className="field-label">
            <FormattedMessage id="case.court.form.on" defaultMessage="On" />
          </span>
          <DateInput
            value={on}
            max={today}
            onChange={(next) => {
              setOn(next);
              setSaved(null);
            }}
            data-testid="court-event-date"
          />
          {dateError ? <span className="field-error">{dateError}</span> : null}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={loading} data-testid="court-event-submit">
          {loading ? (
            <FormattedMessage id="case.court.form.saving" defaultMessage="Saving…" />
          ) : (
            <FormattedMessage id="case.court.form.record" defaultMessage="Record" />
          )}
        </button>
        {saved ? (
          <span className="form-success" role="status" data-testid="court-event-saved">
            {saved}
          </span>
        ) : null}
      </div>
      <FormError error={error} />
    </form>
  );
}

/**
 * Before a procedure is recorded: what the dunning history (and so the timeline) says about the court
 * stage, so the card never contradicts the timeline's court letter.
 */
function NoProcedureYet({ caseId }: { caseId: string }) {
  const { data } = useQuery(CASE_DUNNING_STEPS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const courtStep = data?.case.dunningSteps.find((s) => s.stage === 'COURT');
  if (courtStep) {
    return (
      <p className="muted court-none" data-testid="court-stage-reached">
        <FormattedMessage
          id="case.court.stageReached"
          defaultMessage="The dunning run took this case to the court stage on {date}; the timeline shows its court letter. The court’s dates are not recorded here yet: record the application for the Mahnbescheid with the day it was filed, then each later step."
          values={{ date: formatDate(courtStep.on) }}
        />
      </p>
    );
  }
  return (
    <p className="muted court-none">
      <FormattedMessage
        id="case.court.none"
        defaultMessage="No court dunning procedure yet. Record the application for the Mahnbescheid when it is filed."
      />
    </p>
  );
}

/**
 * The German court dunning procedure (Mahnbescheid, Vollstreckungsbescheid): what happened when and
 * the deadlines it started, ahead ones highlighted; leads and admins record the next step.
 */
export function CourtCard({
  caseId,
  court,
  timeZone,
  canRecord,
}: {
  caseId: string;
  court: CourtProceeding | null;
  timeZone: string;
  canRecord: boolean;
}) {
  const intl = useIntl();
  const today = todayIn(timeZone);
  return (
    <Card title={intl.formatMessage({ id: 'case.court.title', defaultMessage: 'Court procedure' })} testId="case-court" className="court-card">
      {court ? (
        <p className="muted small court-seat" data-testid="court-seat">
          {court.courtName ? (
            <FormattedMessage
              id="case.court.seat.named"
              defaultMessage="{court}: deadlines skip the public holidays of its Land (ZPO 222(2))."
              values={{ court: court.courtName }}
            />
          ) : (
            <FormattedMessage
              id="case.court.seat.unnamed"
              defaultMessage="Court not named: deadlines skip the nationwide holidays only. Name the central dunning court with the next step."
            />
          )}
        </p>
      ) : null}
      {court ? (
        <table className="court-table">
          <tbody>
            {courtRows(court).map((row) => (
              <CourtRowView key={row.key} row={row} today={today} />
            ))}
          </tbody>
        </table>
      ) : (
        <NoProcedureYet caseId={caseId} />
      )}
      {canRecord ? <CourtEventForm caseId={caseId} court={court} timeZone={timeZone} /> : null}
    </Card>
  );
}
