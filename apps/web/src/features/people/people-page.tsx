import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useCurrentUser } from '../../app/auth-context';
import { Badge, OnlineDot } from '../../ui/badge';
import { useLabels } from '../../i18n/labels';
import { Card, EmptyState } from '../../ui/card';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { Spinner } from '../../ui/spinner';
import { useDeactivateUser } from './hooks/use-deactivate-user';
import { useResetPassword } from './hooks/use-reset-password';
import { OneTimePassword } from './one-time-password';
import { PEOPLE, type Person } from './people.graphql';
import { TeamsCard } from './teams-card';
import { UserEditor } from './user-editor';
import './people.css';

type Panel =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; id: string }
  | { kind: 'reset'; id: string }
  | { kind: 'deactivate'; id: string }
  | { kind: 'password'; name: string; email: string; password: string };

function UserTable({ people, selectedId, onSelect }: { people: readonly Person[]; selectedId: string | null; onSelect: (p: Person) => void }) {
  const labels = useLabels();
  return (
    <div className="table-wrap">
      <table className="table table-clickable table-people" data-testid="user-list">
        <thead>
          <tr>
            <th>Name</th>
            <th>Role</th>
            <th>Team</th>
            <th>Creditors</th>
            <th>Languages</th>
            <th className="num">Capacity</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {people.map((p) => (
            <tr
              key={p.id}
              className={`${p.id === selectedId ? 'selected' : ''} ${p.active ? '' : 'inactive'}`.trim() || undefined}
              onClick={() => onSelect(p)}
              data-testid="user-row"
              data-email={p.email}
            >
              <td>
                <div className="person-name">
                  <OnlineDot online={p.online} />
                  <span className="strong-link">{p.name}</span>
                </div>
                <div className="muted small">{p.email}</div>
              </td>
              <td>{labels.role(p.role)}</td>
              <td>{p.team?.name ?? <span className="muted">–</span>}</td>
              <td className="people-creditors">
                {p.creditors.length ? p.creditors.map((c) => c.name).join(', ') : <span className="muted">–</span>}
              </td>
              <td>{p.languages.length ? p.languages.join(', ') : <span className="muted">all</span>}</td>
              <td className="num">{p.capacity}</td>
              <td>
                {!p.active ? (
                  <Badge tone="neutral">Deactivated</Badge>
                ) : p.mustChangePassword ? (
                  <Badge tone="warn" title="Has not yet replaced their one-time password">
                    One-time password
                  </Badge>
                ) : (
                  <Badge tone="good">Active</Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Confirm({
  title, children, action, danger, loading, error, onConfirm, onCancel,
}: {
  title: string; children: React.ReactNode; action: string; danger?: boolean; loading: boolean; error: unknown;
  onConfirm: () => void; onCancel: () => void;
}) {
  return (
    <div className="confirm" role="alertdialog" aria-label={title} data-testid="confirm">
      <p className="confirm-title">{title}</p>
      <div className="muted">{children}</div>
      <FormError error={error} />
      <div className="form-actions">
        <button type="button" className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={loading} onClick={onConfirm} data-testid="confirm-yes">
          {loading ? 'Working…' : action}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

/** `/people` (admins): everyone who works in Mahnwerk, their access and their teams. */
export function PeoplePage() {
  const me = useCurrentUser();
  const { data, loading, error, refetch } = useQuery(PEOPLE, { fetchPolicy: 'cache-and-network' });
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [resetPassword, reset] = useResetPassword();
  const [deactivateUser, deactivation] = useDeactivateUser();
  const people = data?.users ?? [];
  const teams = data?.teams ?? [];
  const creditors = data?.creditors ?? [];
  const languagesInUse = people.flatMap((p) => p.languages);
  const selectedId = 'id' in panel ? panel.id : null;
  const selected = selectedId ? people.find((p) => p.id === selectedId) ?? null : null;

  async function confirmReset(person: Person) {
    try {
      const { data: answer } = await resetPassword({ variables: { userId: person.id } });
      if (answer) setPanel({ kind: 'password', name: person.name, email: person.email, password: answer.resetPassword.oneTimePassword });
    } catch {
      /* shown in the panel */
    }
  }

  async function confirmDeactivate(person: Person) {
    try {
      await deactivateUser({ variables: { userId: person.id } });
      setPanel({ kind: 'edit', id: person.id });
    } catch {
      /* shown in the panel */
    }
  }

  function panelBody() {
    switch (panel.kind) {
      case 'create':
        return (
          <Card title="New user" testId="user-panel">
            <UserEditor
              person={null}
              teams={teams}
              creditors={creditors}
              languagesInUse={languagesInUse}
              onCreated={(user, password) => setPanel({ kind: 'password', name: user.name, email: user.email, password })}
              onSaved={() => setPanel({ kind: 'none' })}
              onCancel={() => setPanel({ kind: 'none' })}
            />
          </Card>
        );
      case 'password':
        return (
          <Card title="One-time password" testId="user-panel">
            <OneTimePassword name={panel.name} email={panel.email} password={panel.password} onDone={() => setPanel({ kind: 'none' })} />
          </Card>
        );
      case 'none':
        return (
          <Card title="People" testId="user-panel">
            <p className="muted">Pick a person to edit them, reset their password or deactivate them, or create a new user.</p>
          </Card>
        );
      default:
        break;
    }
    if (!selected) return null;
    const self = selected.id === me.id;
    const actions = selected.active ? (
      <span className="row-actions">
        <button type="button" className="btn btn-small" onClick={() => setPanel({ kind: 'reset', id: selected.id })} data-testid="user-reset">
          Reset password
        </button>
        {!self ? (
          <button type="button" className="btn btn-small btn-danger" onClick={() => setPanel({ kind: 'deactivate', id: selected.id })} data-testid="user-deactivate">
            Deactivate
          </button>
        ) : null}
      </span>
    ) : (
      <Badge tone="neutral">Deactivated</Badge>
    );
    return (
      <Card title={selected.name} actions={actions} testId="user-panel">
        {panel.kind === 'reset' ? (
          <Confirm
            title={`Reset the password of ${selected.name}?`}
            action="Reset password"
            loading={reset.loading}
            error={reset.error}
            onConfirm={() => void confirmReset(selected)}
            onCancel={() => setPanel({ kind: 'edit', id: selected.id })}
          >
            They get a new one-time password, are signed out everywhere and must choose a new password at their next sign-in.
          </Confirm>
        ) : panel.kind === 'deactivate' ? (
          <Confirm
            title={`Deactivate ${selected.name}?`}
            action="Deactivate"
            danger
            loading={deactivation.loading}
            error={deactivation.error}
            onConfirm={() => void confirmDeactivate(selected)}
            onCancel={() => setPanel({ kind: 'edit', id: selected.id })}
          >
            They are signed out at once and can no longer sign in. Every case in their queue goes back to the pool. Their
            history stays.
          </Confirm>
        ) : selected.active ? (
          <UserEditor
            key={selected.id}
            person={selected}
            teams={teams}
            creditors={creditors}
            languagesInUse={languagesInUse}
            onCreated={() => undefined}
            onSaved={() => undefined}
            onCancel={() => setPanel({ kind: 'none' })}
          />
        ) : (
          <p className="muted">
            {selected.email} is deactivated: no sign-in, no cases. The audit trail keeps what they did.
          </p>
        )}
      </Card>
    );
  }

  return (
    <div className="page page-people" data-testid="people-page">
      <div className="page-header">
        <h1>People</h1>
        <span className="muted">Who works in Mahnwerk, in which role and team, for which creditors and languages.</span>
        <span className="page-header-spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setPanel({ kind: 'create' })} data-testid="user-new">
          New user
        </button>
      </div>
      {error && !data ? <ErrorBanner error={error} title="Could not load the people." onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Spinner label="Loading people…" /> : null}
      {data && people.length === 0 ? <EmptyState title="No users">Create the first user.</EmptyState> : null}
      {data ? (
        <div className="people-layout">
          <div className="people-main">
            <Card title={`Users (${people.filter((p) => p.active).length} active)`} flush testId="users">
              <UserTable people={people} selectedId={selectedId} onSelect={(p) => setPanel({ kind: 'edit', id: p.id })} />
            </Card>
          </div>
          <div className="people-side">
            {panelBody()}
            <TeamsCard teams={teams} people={people} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
