import {
  DEFAULT_STRATEGIES, mergeValues, messageLanguage, paymentReference, renderMessage, type DunningStage, type IsoDate, type LetterLanguage,
} from '@mahnwerk/domain';
import type { AgencyProfile } from '../config/config.js';
import type { MessageCase } from './messages.repository.js';

/** The language a message (or letter) to the case's debtor is written in (the domain's messageLanguage). */
export function languageOfCase(c: MessageCase): LetterLanguage {
  return messageLanguage({ debtorLanguage: c.debtor.language, creditorCountry: c.creditor.country, creditorLanguage: c.creditor.letterLanguage });
}

/**
 * A template rendered for a case: the merge values from the case, the creditor's account (else the
 * agency's collection account, as on the letters) and the payment window of the template's stage in
 * the creditor's strategy.
 */
export function composeMessage(
  c: MessageCase,
  template: { stage: DunningStage; language: LetterLanguage; subject: string; body: string },
  writtenOn: IsoDate,
  agency: AgencyProfile,
  portalLink: string | null,
): { subject: string; body: string } {
  const strategy = c.creditor.strategy ?? DEFAULT_STRATEGIES[c.creditor.country];
  const window = strategy.stages.find((s) => s.stage === template.stage)?.paymentWindowDays ?? null;
  const account = c.creditor.iban
    ? { holder: c.creditor.legalName.trim() || c.creditor.name, iban: c.creditor.iban, bic: c.creditor.bic }
    : agency.account;
  const values = mergeValues({
    language: template.language, country: c.creditor.country, debtorName: c.debtor.name,
    creditorName: c.creditor.legalName.trim() || c.creditor.name, agencyName: agency.name,
    openCents: c.openCents, currency: c.currency, writtenOn, paymentWindowDays: window,
    accountHolder: account.holder, iban: account.iban, bic: account.bic,
    reference: paymentReference([{ claimReferences: c.claimReference ? [c.claimReference] : [] }], c.debtor.ref),
    caseId: c.caseId, portalLink,
  });
  return renderMessage(template, values);
}

/** Whether a template uses the {portalLink} merge field (a personal link is issued only then). */
export const usesPortalLink = (template: { subject: string; body: string }): boolean =>
  `${template.subject}\n${template.body}`.includes('{portalLink}');
