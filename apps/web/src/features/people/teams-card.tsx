import { useState, type FormEvent } from 'react';
import { Card } from '../../ui/card';
import { FormError } from '../../ui/error-banner';
import { useCreateTeam } from './hooks/use-create-team';
import type { PeopleTeam, Person } from './people.graphql';

/** The teams with their active members, and a form for a new one. */
export function TeamsCard({ teams, people }: { teams: readonly PeopleTeam[]; people: readonly Person[] }) {
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
    <Card title="Teams" testId="teams">
      <ul className="team-list" data-testid="team-list">
        {teams.map((t) => {
          const members = people.filter((p) => p.active && p.team?.id === t.id);
          return (
            <li key={t.id}>
              <span className="team-name">{t.name}</span>
              <span className="muted small">
                {members.length === 1 ? '1 person' : `${members.length} people`}
              </span>
            </li>
          );
        })}
        {teams.length === 0 ? <li className="muted">No teams yet.</li> : null}
      </ul>
      <form className="team-form" onSubmit={onSubmit} noValidate>
        <input
          placeholder="New team name"
          aria-label="New team name"
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (error) reset();
          }}
          data-testid="team-name"
        />
        <button type="submit" className="btn" disabled={loading || !name.trim()} data-testid="team-create">
          Create team
        </button>
      </form>
      <FormError error={error} />
    </Card>
  );
}
