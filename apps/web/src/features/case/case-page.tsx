import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../../app/auth-context';
import { useShortcut } from '../../keyboard/use-shortcut';
import type { QueueRequest } from '../../keyboard/queue-request';
import { EmptyState } from '../../ui/card';
import { CASE_DETAIL } from './case.graphql';
import { CaseDetail } from './case-detail';
import { caseReference } from './case-reference';

/** The toolbar names the case as people know it: debtor and reference (read from what CaseDetail loaded). */
function CaseName({ id }: { id: string }) {
  const { data } = useQuery(CASE_DETAIL, { variables: { id }, fetchPolicy: 'cache-only' });
  if (!data) return null;
  const { reference, more } = caseReference(data.case);
  return (
    <span className="muted small" data-testid="case-page-name">
      <FormattedMessage
        id="case.page.name"
        defaultMessage="{name} · {reference}{more, plural, =0 {} other { +#}}"
        values={{ name: data.case.debtor.name, reference, more }}
      />
    </span>
  );
}

/**
 * A collector on a case's own page: `n` claims the next case and `/` searches, both in the queue; `j`
 * and `k` go back to the queue with this case open and the cursor on the case after or before it.
 */
function QueueKeys({ caseId }: { caseId: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const toQueue = (state: QueueRequest, path = '/queue') => void navigate(path, { state });
  useShortcut('n', intl.formatMessage({ id: 'queue.keys.claim', defaultMessage: 'Claim the next case and open it' }), () => toQueue({ queueRequest: 'claim' }));
  useShortcut('/', intl.formatMessage({ id: 'queue.keys.search', defaultMessage: 'Search the queue' }), () => toQueue({ queueRequest: 'search' }));
  useShortcut('j', intl.formatMessage({ id: 'queue.keys.next', defaultMessage: 'Move down the queue' }), () => toQueue({ queueRequest: 'down' }, `/queue/${caseId}`));
  useShortcut('k', intl.formatMessage({ id: 'queue.keys.previous', defaultMessage: 'Move up the queue' }), () => toQueue({ queueRequest: 'up' }, `/queue/${caseId}`));
  return null;
}

/** `/cases/:id`: one case on its own page (deep links from the team board, e-mails, tests). */
export function CasePage() {
  const intl = useIntl();
  const { id } = useParams();
  const navigate = useNavigate();
  const isCollector = useAuth().user?.role === 'COLLECTOR';
  if (!id) return <EmptyState title={intl.formatMessage({ id: 'case.page.noId', defaultMessage: 'No case id in the address.' })} />;
  return (
    <div className="page page-case">
      <div className="page-toolbar">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/'))}>
          <FormattedMessage id="case.page.back" defaultMessage="← Back" />
        </button>
        <CaseName id={id} />
        <Link to="/" className="small">
          <FormattedMessage id="case.page.start" defaultMessage="Start page" />
        </Link>
      </div>
      {isCollector ? <QueueKeys caseId={id} /> : null}
      <CaseDetail key={id} caseId={id} standalone />
    </div>
  );
}
