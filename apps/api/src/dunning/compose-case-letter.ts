import {
  addDays, disputeAnswerLetter, paymentReference, planConfirmationLetter, PAYMENT_PLAN_FEE_LABEL, type Balance, type CaseLetter,
  type CaseLetterInput, type IsoDate,
} from '@mahnwerk/domain';
import type { AgencyProfile } from '../config/config.js';
import type { LetterContent } from '../letters/letter-pdf.js';
import type { DisputeLetterFacts, PlanLetterFacts } from './case-letter.repository.js';
import { collectionAccount, letterLanguage } from './compose-letter.js';
import type { ClaimRecord } from './dunning-step.repository.js';
import type { LetterCase } from './letter-writer.repository.js';

/** Days the answer to a rejected objection gives to pay, as a first demand's window. */
export const DISPUTE_ANSWER_PAYMENT_DAYS = 14;

export type CaseLetterFacts = { kind: 'PLAN_CONFIRMATION'; plan: PlanLetterFacts } | { kind: 'DISPUTE_ANSWER'; dispute: DisputeLetterFacts };

/** A letter about one case (plan confirmation, answer to an objection) in the debtor's language, as the PDF draws it. */
export function composeCaseLetter(
  c: LetterCase, claims: readonly ClaimRecord[], balance: Balance, facts: CaseLetterFacts, writtenOn: IsoDate, agency: AgencyProfile,
): LetterContent & { deadline: IsoDate } {
  const account = collectionAccount(c.creditor, agency.account);
  const input: CaseLetterInput = {
    language: letterLanguage(c.creditor, c.debtor), country: c.creditor.country, writtenOn, currency: c.currency,
    agency: { name: agency.name, address: agency.address },
    creditorName: c.creditor.legalName.trim() || c.creditor.name,
    debtor: { name: c.debtor.name, address: c.debtor.address ?? '', kind: c.debtor.kind },
    caseRef: c.id.slice(0, 8).toUpperCase(),
    payment: {
      accountHolder: account.holder, iban: account.iban, bic: account.bic,
      reference: paymentReference([{ claimReferences: claims.map((cl) => cl.reference) }], c.debtor.ref),
    },
  };
  const openCents = Math.max(balance.totalCents, 0);
  let letter: CaseLetter;
  let deadline: IsoDate;
  if (facts.kind === 'PLAN_CONFIRMATION') {
    const { plan } = facts;
    letter = planConfirmationLetter(input, {
      installments: plan.installments, feeCents: plan.feeCents, feeLabel: plan.feeCents > 0 ? PAYMENT_PLAN_FEE_LABEL : null,
      missedToDefault: plan.missedToDefault, openCents,
    });
    deadline = plan.installments[0]?.dueDate ?? writtenOn;
  } else {
    deadline = addDays(writtenOn, DISPUTE_ANSWER_PAYMENT_DAYS);
    const { dispute } = facts;
    letter = disputeAnswerLetter(input, {
      openedOn: dispute.openedOn, reason: dispute.reason, clarification: dispute.clarification, note: dispute.resolutionNote, openCents, deadline,
    });
  }
  return {
    sender: [letter.sender.name, ...letter.sender.address],
    recipient: [letter.recipient.name, ...letter.recipient.address],
    date: letter.date,
    title: letter.title,
    salutation: letter.salutation,
    paragraphs: letter.paragraphs,
    tables: letter.tables.map((t) => ({ title: t.caption, headers: t.headers, rows: t.rows, alignRight: [t.headers.length - 1] })),
    closing: [letter.closing],
    legalNotices: [],
    payment: letter.payment,
    deadline,
  };
}
