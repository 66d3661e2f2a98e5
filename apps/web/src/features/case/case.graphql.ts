import { graphql } from '../../gql';
import type { CaseDetailFieldsFragment } from '../../gql/graphql';

export type {
  CourtEvent, DebtorInput, InstallmentInput, RecordCourtEventInput, RecordOutcomeInput, RecordPaymentInput,
} from '../../gql/graphql';

export type CaseDetailData = CaseDetailFieldsFragment;
export type CaseLetter = CaseDetailData['letters'][number];
/** The German court dunning procedure of a case (ZPO 688 ff.): what happened when, and the deadlines it started. */
export type CourtProceeding = NonNullable<CaseDetailData['court']>;

/** Everything the case screen shows; also what every case-returning mutation selects. */
export const CASE_DETAIL_FIELDS = graphql(`
  fragment CaseDetailFields on Case {
    ...QueueCaseFields
    placedAt
    holdReason
    paidAt
    overpaymentCents
    pendingApprovals {
      id
      kind
      status
      reasonText
      amountCents
      currency
      receivedAt
      requestedByName
      requestedAt
    }
    assignee {
      id
      name
      email
    }
    creditor {
      id
      ref
      name
      country
      currency
      timeZone
    }
    debtor {
      id
      ref
      name
      kind
      country
      email
      phone
      address
      addressUnknown
      addressResearched
      language
      timeZone
    }
    claims {
      id
      reference
      principalCents
      currency
      invoiceDate
      dueDate
      defaultDate
    }
    balance {
      asOf
      currency
      principalCents
      interestCents
      feesCents
      paidCents
      totalCents
      lines {
        kind
        amountCents
        explanation
      }
      warnings {
        code
        country
        tableEndsOn
        message
      }
    }
    activities {
      id
      channel
      direction
      outcome
      note
      occurredAt
      actor {
        id
        name
        role
      }
    }
    payments {
      id
      amountCents
      receivedAt
      reference
      source
      createdAt
    }
    promises {
      id
      amountCents
      dueDate
      status
      installment
    }
    letters {
      id
      kind
      writtenOn
      status
      contentSha256
      pdfSha256
      url
      sentOn
      heldReason
      error
    }
    court {
      appliedOn
      court
      courtName
      orderServedOn
      objectionDeadline
      objectionFiledOn
      enforcementApplicationDeadline
      enforcementAppliedOn
      enforcementServedOn
      enforcementObjectionDeadline
      enforcementObjectionFiledOn
    }
    limitation {
      date
      explanation
      steps
      daysLeft
      claimReference
    }
    priorityParts {
      key
      label
      points
      maxPoints
      explanation
    }
    nextContactAllowedAt(channel: PHONE)
    contactPolicyReason(channel: PHONE)
    otherOpenCases {
      id
      stage
      openCents
      currency
      oldestDueDate
      nextActionAt
      assignee {
        id
        name
      }
      creditor {
        id
        name
      }
    }
  }
`);

export const CASE_DETAIL = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseDetailFields
    }
  }
`);

export const CASE_UPDATED = graphql(`
  subscription CaseUpdated($caseId: ID!) {
    caseUpdated(caseId: $caseId) {
      ...CaseDetailFields
    }
  }
`);

export const RECORD_OUTCOME = graphql(`
  mutation RecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      ...CaseDetailFields
    }
  }
`);

/** A plain note on the case's timeline; the answer is the case with its timeline. */
export const ADD_NOTE = graphql(`
  mutation AddNote($caseId: ID!, $text: String!) {
    addNote(caseId: $caseId, text: $text) {
      ...CaseDetailFields
    }
  }
`);

export const RECORD_PAYMENT = graphql(`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      ...CaseDetailFields
    }
  }
`);

export const RECORD_COURT_EVENT = graphql(`
  mutation RecordCourtEvent($input: RecordCourtEventInput!) {
    recordCourtEvent(input: $input) {
      ...CaseDetailFields
    }
  }
`);

/** Corrects the debtor's details; the cache updates the debtor everywhere, the case's timeline arrives live. */
export const UPDATE_DEBTOR = graphql(`
  mutation UpdateDebtor($debtorId: ID!, $input: DebtorInput!) {
    updateDebtor(debtorId: $debtorId, input: $input) {
      id
      name
      email
      phone
      address
      addressUnknown
      addressResearched
      language
      timeZone
    }
  }
`);
