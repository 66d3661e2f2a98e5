import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  CaseStatus,
  Cents,
  Channel,
  DebtorKind,
  DunningStage,
  IsoDate,
  IsoDateTime,
  OutcomeType,
  PromiseStatus,
  Role,
} from '../../app/graphql-types';
import { QUEUE_CASE_FIELDS } from '../queue/queue.graphql';

export interface CaseDetailData {
  id: string;
  version: number;
  status: CaseStatus;
  stage: DunningStage;
  priority: number;
  placedAt: IsoDate;
  nextActionAt: IsoDateTime | null;
  holdReason: string | null;
  paidAt: IsoDateTime | null;
  openCents: Cents;
  oldestDueDate: IsoDate;
  assignee: { id: string; name: string; email: string } | null;
  creditor: { id: string; ref: string; name: string; country: string; currency: string; timeZone: string };
  debtor: {
    id: string;
    ref: string;
    name: string;
    kind: DebtorKind;
    country: string;
    email: string | null;
    phone: string | null;
    address: string | null;
    language: string;
    timeZone: string;
  };
  claims: {
    id: string;
    reference: string;
    principalCents: Cents;
    currency: string;
    invoiceDate: IsoDate;
    dueDate: IsoDate;
    defaultDate: IsoDate | null;
  }[];
  balance: {
    asOf: IsoDate;
    currency: string;
    principalCents: Cents;
    interestCents: Cents;
    feesCents: Cents;
    paidCents: Cents;
    totalCents: Cents;
    lines: { kind: string; amountCents: Cents; explanation: string }[];
  };
  activities: {
    id: string;
    channel: Channel;
    outcome: OutcomeType | null;
    note: string;
    occurredAt: IsoDateTime;
    actor: { id: string; name: string; role: Role } | null;
  }[];
  payments: { id: string; amountCents: Cents; receivedAt: IsoDate; reference: string; source: string; createdAt: IsoDateTime }[];
  promises: { id: string; amountCents: Cents; dueDate: IsoDate; status: PromiseStatus; installment: number | null }[];
}

/** Everything the case screen shows; also what every case-returning mutation selects. */
export const CASE_DETAIL_FIELDS = gql`
  fragment CaseDetailFields on Case {
    ...QueueCaseFields
    placedAt
    holdReason
    paidAt
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
    }
    activities {
      id
      channel
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
  }
  ${QUEUE_CASE_FIELDS}
`;

export const CASE_DETAIL: TypedDocumentNode<{ case: CaseDetailData }, { id: string }> = gql`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseDetailFields
    }
  }
  ${CASE_DETAIL_FIELDS}
`;

export const CASE_UPDATED: TypedDocumentNode<{ caseUpdated: CaseDetailData }, { caseId: string }> = gql`
  subscription CaseUpdated($caseId: ID!) {
    caseUpdated(caseId: $caseId) {
      ...CaseDetailFields
    }
  }
  ${CASE_DETAIL_FIELDS}
`;

export interface InstallmentInput {
  dueDate: IsoDate;
  amountCents: Cents;
}

export interface RecordOutcomeInput {
  caseId: string;
  type: OutcomeType;
  note?: string | null;
  promiseAmountCents?: Cents | null;
  promiseDate?: IsoDate | null;
  callbackAt?: IsoDateTime | null;
  installments?: InstallmentInput[] | null;
}

export const RECORD_OUTCOME: TypedDocumentNode<{ recordOutcome: CaseDetailData }, { input: RecordOutcomeInput }> = gql`
  mutation RecordOutcome($input: RecordOutcomeInput!) {
    recordOutcome(input: $input) {
      ...CaseDetailFields
    }
  }
  ${CASE_DETAIL_FIELDS}
`;

export interface RecordPaymentInput {
  caseId: string;
  amountCents: Cents;
  receivedAt: IsoDate;
  reference: string;
  idempotencyKey: string;
}

export const RECORD_PAYMENT: TypedDocumentNode<{ recordPayment: CaseDetailData }, { input: RecordPaymentInput }> = gql`
  mutation RecordPayment($input: RecordPaymentInput!) {
    recordPayment(input: $input) {
      ...CaseDetailFields
    }
  }
  ${CASE_DETAIL_FIELDS}
`;
