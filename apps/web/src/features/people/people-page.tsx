import { useQuery } from '@apollo/client/react';
import * as Dialog from '@radix-ui/react-dialog';
import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useCurrentUser } from '../../app/auth-context';
import { Badge, OnlineDot } from '../../ui/badge';
import { useLabels } from '../../i18n/labels';
import { Card, EmptyState } from '../../ui/card';
import { ErrorBanner, FormError } from '../../ui/error-banner';
import { formatNumber } from '../../ui/format';
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
  const intl = useIntl();
  return (
    <div className="table-wrap">
      <table className="table table-clickable table-people" data-testid="user-list">
        <thead>
          <tr>
            <th>
              <FormattedMessage id="people.column.name" defaultMessage="Name" />
            </th>
            <th>
              <FormattedMessage id="people.column.role" defaultMessage="Role" />
            </th>
            <th>
              <FormattedMessage id="people.column.team" defaultMessage="Team" />
            </th>
            <th>
              <FormattedMessage id="people.column.creditors" defaultMessage="Creditors" />
            </th>
            <th>
              <FormattedMessage id="people.column.languages" defaultMessage="Languages" />
            </th>
            <th className="num">
              <FormattedMessage id="people.column.capacity" defaultMessage="Capacity" />
            </th>
            <th>
              <FormattedMessage id="people.column.status" defaultMessage="Status" />
            </th>
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
              <td>
                {p.languages.length ? (
                  p.languages.join(', ')
                ) : (
                  <span className="muted">
                    <FormattedMessage id="people.languages.all" defaultMessage="all" />
                  </span>
                )}
              </td>
              <td className="num">{formatNumber(p.capacity)}</td>
              <td>
                {!p.active ? (
                  <Badge tone="neutral">
                    <FormattedMessage id="people.status.deactivated" defaultMessage="Deactivated" />
                  </Badge>
                ) : p.mustChangePassword ? (
                  <Badge
                    tone="warn"
                    title={intl.formatMessage({ id: 'people.status.oneTime.hint', defaultMessage: 'Has not yet replaced their one-time password' })}
                  >
                    <FormattedMessage id="people.status.oneTime" defaultMessage="One-time password" />
                  </Badge>
                ) : (
                  <Badge tone="good">
                    <FormattedMessage id="people.status.active" defaultMessage="Active" />
                  </Badge>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Asks before an action that cannot be taken back; a modal alert dialog that keeps the focus inside. */
function Confirm({
  title, children, action, danger, loading, error, onConfirm, onCancel,
}: {
  title: string; children: ReactNode; action: ReactNode; danger?: boolean; loading: boolean; error: unknown;
  onConfirm: () => void; onCancel: () => void;
}) {
  return (
    <Dialog.Root open onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Portal>
        {/* A plain backdrop: Radix's Overlay injects a <style> element for its scroll lock, which the Content-Security-Policy forbids. */}
        <div className="dialog-overlay" />
        <Dialog.Content className="dialog-content" role="alertdialog" data-testid="confirm">
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          <Dialog.Description className="muted">{children}</Dialog.Description>
          <FormError error={error} />
          <div className="dialog-actions">
            <button
              type="button"
              className={`btn ${danger ? 'btn-danger' : 'btn-primary'}`}
              disabled={loading}
              onClick={onConfirm}
              data-testid="confirm-yes"
            >
              {loading ? <FormattedMessage id="people.confirm.working" defaultMessage="Working…" /> : action}
            </button>
            <Dialog.Close className="btn">
              <FormattedMessage id="people.confirm.cancel" defaultMessage="Cancel" />
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** `/people` (admins): everyone who works in Mahnwerk, their access and their teams. */
export function PeoplePage() {
  const me = useCurrentUser();
  const intl = useIntl();
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
          <Card title={<FormattedMessage id="people.panel.new" defaultMessage="New user" />} testId="user-panel">
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
          <Card title={<FormattedMessage id="people.panel.oneTime" defaultMessage="One-time password" />} testId="user-panel">
            <OneTimePassword name={panel.name} email={panel.email} password={panel.password} onDone={() => setPanel({ kind: 'none' })} />
          </Card>
        );
      case 'none':
        return (
          <Card title={<FormattedMessage id="people.panel.none" defaultMessage="People" />} testId="user-panel">
            <p className="muted">
              <FormattedMessage
                id="people.panel.hint"
                defaultMessage="Pick a person to edit them, reset their password or deactivate them, or create a new user."
              />
            </p>
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
          <FormattedMessage id="people.action.reset" defaultMessage="Reset password" />
        </button>
        {!self ? (
          <button type="button" className="btn btn-small btn-danger" onClick={() => setPanel({ kind: 'deactivate', id: selected.id })} data-testid="user-deactivate">
            <FormattedMessage id="people.action.deactivate" defaultMessage="Deactivate" />
          </button>
        ) : null}
      </span>
    ) : (
      <Badge tone="neutral">
        <FormattedMessage id="people.status.deactivated" defaultMessage="Deactivated" />
      </Badge>
    );
    return (
      <Card title={selected.name} actions={actions} testId="user-panel">
        {selected.active ? (
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
            <FormattedMessage
              id="people.deactivated.note"
              defaultMessage="{email} is deactivated: no sign-in, no cases. The audit trail keeps what they did."
              values={{ email: selected.email }}
            />
          </p>
        )}
        {panel.kind === 'reset' ? (
          <Confirm
            title={intl.formatMessage({ id: 'people.reset.title', defaultMessage: 'Reset the password of {name}?' }, { name: selected.name })}
            action={<FormattedMessage id="people.action.reset" defaultMessage="Reset password" />}
            loading={reset.loading}
            error={reset.error}
            onConfirm={() => void confirmReset(selected)}
            onCancel={() => setPanel({ kind: 'edit', id: selected.id })}
          >
            <FormattedMessage
              id="people.reset.body"
              defaultMessage="They get a new one-time password, are signed out everywhere and must choose a new password at their next sign-in."
            />
          </Confirm>
        ) : null}
        {panel.kind === 'deactivate' ? (
          <Confirm
            title={intl.formatMessage({ id: 'people.deactivate.title', defaultMessage: 'Deactivate {name}?' }, { name: selected.name })}
            action={<FormattedMessage id="people.action.deactivate" defaultMessage="Deactivate" />}
            danger
            loading={deactivation.loading}
            error={deactivation.error}
            onConfirm={() => void confirmDeactivate(selected)}
            onCancel={() => setPanel({ kind: 'edit', id: selected.id })}
          >
            <FormattedMessage
              id="people.deactivate.body"
              defaultMessage="They are signed out at once and can no longer sign in. Every case in their queue goes back to the pool. Their history stays."
            />
          </Confirm>
        ) : null}
      </Card>
    );
  }

  return (
    <div className="page page-people" data-testid="people-page">
      <div className="page-header">
        <h1>
          <FormattedMessage id="people.title" defaultMessage="People" />
        </h1>
        <span className="muted">
          <FormattedMessage id="people.intro" defaultMessage="Who works in Mahnwerk, in which role and team, for which creditors and languages." />
        </span>
        <span className="page-header-spacer" />
        <button type="button" className="btn btn-primary" onClick={() => setPanel({ kind: 'create' })} data-testid="user-new">
          <FormattedMessage id="people.action.new" defaultMessage="New user" />
        </button>
      </div>
      {error && !data ? <ErrorBanner
          error={error}
          title={intl.formatMessage({ id: 'people.loadError', defaultMessage: 'Could not load the people.' })}
          onRetry={() => void refetch()}
        /> : null}
      {loading && !data ? <Spinner label={intl.formatMessage({ id: 'people.loading', defaultMessage: 'Loading people…' })} /> : null}
      {data && people.length === 0 ? <EmptyState title={intl.formatMessage({ id: 'people.empty.title', defaultMessage: 'No users' })}>
          <FormattedMessage id="people.empty.body" defaultMessage="Create the first user." />
        </EmptyState> : null}
      {data ? (
        <div className="people-layout">
          <div className="people-main">
            <Card
              title={
                <FormattedMessage
                  id="people.users.title"
                  defaultMessage="Users ({active, number} active)"
                  values={{ active: people.filter((p) => p.active).length }}
                />
              }
              flush
              testId="users"
            >
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
