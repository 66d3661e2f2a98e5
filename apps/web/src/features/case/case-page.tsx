import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState } from '../../ui/card';
import { CaseDetail } from './case-detail';

/** `/cases/:id`: one case on its own page (deep links from the team board, e-mails, tests). */
export function CasePage() {
  const { id } = useParams();
  const navigate = useNavigate();
  if (!id) return <EmptyState title="No case id in the address." />;
  return (
    <div className="page page-case">
      <div className="page-toolbar">
        <button type="button" className="btn btn-ghost btn-small" onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/'))}>
          ← Back
        </button>
        <span className="muted small">
          Case <code>{id}</code>
        </span>
        <Link to="/" className="small">
          Start page
        </Link>
      </div>
      <CaseDetail key={id} caseId={id} standalone />
    </div>
  );
}
