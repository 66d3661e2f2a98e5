import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Card } from '../../ui/card';
import { FormError } from '../../ui/error-banner';
import { useCreateTeam } from './hooks/use-create-team';
import type { PeopleTeam, Person } from './people.graphql';

/** The teams with their active members, and a form for a new one. */
export function TeamsCard({ teams, people }: { teams: readonly PeopleTeam[]; people: readonly Person[] }) {
  const intl = useIntl();
  const [name, setName] = useState('');
  const [createTeam, { loading, error, reset }] = useCreateTeam();

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      await createTeam({ variables: { name: name.trim() } });
      setName('');
    } catch {
      /* shown by FormError */
    }
  }

  return (
    <Card title={<FormattedMessage id="people.teams.title" defaultMessage="Teams" />} testId="teams">
      <ul className="team-list" data-testid="team-list">
        {teams.map((t) => {
          const members = people.filter((p) => p.active && p.team?.id === t.id);
          return (
            <li key={t.id}>
              <span className="team-name">{t.name}</span>
              <span className="muted small">
                <FormattedMessage
                  id="people.teams.members"
                  defaultMessage="{count, plural, one {# person} other {# people}}"
                  values={{ count: members.length }}
                />
              </span>
            </li>
          );
        })}
        {teams.length === 0 ? <li className="muted">
            <FormattedMessage id="people.teams.none" defaultMessage="No teams yet." />
          </li> : null}
      </ul>
      <form className="team-form" onSubmit={onSubmit} noValidate>
        <input
          placeholder={intl.formatMessage({ id: 'people.teams.newName', defaultMessage: 'New team name' })}
          aria-label={intl.formatMessage({ id: 'people.teams.newName', defaultMessage: 'New team name' })}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (error) reset();
          }}
          data-testid="team-name"
        />
        <button type="submit" className="btn" disabled={loading || !name.trim()} data-testid="team-create">
          <FormattedMessage id="people.teams.create" defaultMessage="Create team" />
        </button>
      </form>
      <FormError error={error} />
    </Card>
  );
}
