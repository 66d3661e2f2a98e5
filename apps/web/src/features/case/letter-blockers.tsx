import { FormattedMessage } from 'react-intl';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import './letter-blockers.css';

export const CASE_LETTER_BLOCKERS = graphql(`
  query CaseLetterBlockers($id: ID!) {
    case(id: $id) {
      id
      letterBlockers
    }
  }
`);

/**
 * What stops the case's letters (RDG 13a for a German consumer: each claim's contract subject and
 * date, the supervisory authority in force); the dunning run holds its letter steps until this is
 * empty. Nothing shows while nothing is missing.
 */
export function LetterBlockers({ caseId }: { caseId: string }) {
  const { data } = useQuery(CASE_LETTER_BLOCKERS, { variables: { id: caseId }, fetchPolicy: 'cache-and-network' });
  const blockers = data?.case?.letterBlockers ?? [];
  if (blockers.length === 0) return null;
  return (
    <div className="letter-blockers" role="status" data-testid="letter-blockers">
      <FormattedMessage
        id="case.letterBlockers.text"
        defaultMessage="<b>No letter can be sent yet.</b> A letter to a consumer must state the basis of the claim and the supervisory authority (RDG 13a); the dunning run holds this case until the following is fixed:"
        values={{ b: (chunks) => <strong>{chunks}</strong> }}
      />
      <ul>
        {blockers.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
    </div>
  );
}
