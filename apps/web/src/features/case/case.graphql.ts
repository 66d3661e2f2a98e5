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
import type { PriorityPart } from './priority-parts';

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
  letters: CaseLetter[];
  court: CourtProceeding | null;
  /** Why this case now: the parts of its priority as of now; they add up to it. */
  priorityParts: PriorityPart[];
  /** When the debtor may next be phoned (debtor-local contact hours, attempts per 7 days); null = now. */
  nextContactAllowedAt: IsoDateTime | null;
  /** Why a call is not allowed now; null = it is. */
  contactPolicyReason: string | null;
}

/** PENDING while the letter writer renders it, READY once the PDF is stored, FAILED otherwise. */
export type LetterStatus = 'PENDING' | 'READY' | 'FAILED';

export interface CaseLetter {
  id: string;
  writtenOn: IsoDate;
  /** A `LetterStatus`; kept open so a new server status still renders. */
  status: string;
  contentSha256: string | null;
  pdfSha256: string | null;
  /** `/letters/<id>.pdf`: needs the bearer token, or `?token=`. */
  url: string;
}

/** The German court dunning procedure of a case (ZPO 688 ff.): what happened when, and the deadlines it started. */
export interface CourtProceeding {
  appliedOn: IsoDate;
  orderServedOn: IsoDate | null;
  objectionDeadline: IsoDate | null;
  objectionFiledOn: IsoDate | null;
  enforcementApplicationDeadline: IsoDate | null;
  enforcementAppliedOn: IsoDate | null;
  enforcementServedOn: IsoDate | null;
  enforcementObjectionDeadline: IsoDate | null;
  enforcementObjectionFiledOn: IsoDate | null;
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
    letters {
      id
      writtenOn
      status
      contentSha256
      pdfSha256
      url
    }
    court {
      appliedOn
      orderServedOn
      objectionDeadline
      objectionFiledOn
      enforcementApplicationDeadline
      enforcementAppliedOn
      enforcementServedOn
      enforcementObjectionDeadline
      enforcementObjectionFiledOn
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
  /** Seconds the collector spent on the case for this outcome (the average handling time). */
  handlingSeconds?: number | null;
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

export type CourtEvent =
  | 'ORDER_APPLIED'
  | 'ORDER_SERVED'
  | 'OBJECTION_FILED'
  | 'ENFORCEMENT_APPLIED'
  | 'ENFORCEMENT_SERVED'
  | 'ENFORCEMENT_OBJECTION_FILED';

export interface RecordCourtEventInput {
  caseId: string;
  event: CourtEvent;
  /** The day it happened (not in the future). */
  on: IsoDate;
}

export const RECORD_COURT_EVENT: TypedDocumentNode<{ recordCourtEvent: CaseDetailData }, { input: RecordCourtEventInput }> = gql`
  mutation RecordCourtEvent($input: RecordCourtEventInput!) {
    recordCourtEvent(input: $input) {
      ...CaseDetailFields
    }
  }
  ${CASE_DETAIL_FIELDS}
`;
