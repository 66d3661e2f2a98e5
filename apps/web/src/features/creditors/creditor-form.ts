import { CombinedGraphQLErrors } from '@apollo/client/errors';
import {
  CREDITOR_CURRENCY, DEFAULT_RAISED_FACTOR, DEFAULT_STRATEGIES, RuleViolation, creditorSettingsViolations, creditorStrategyToStore, dunningTimeline, feeRuleOf, normalizeBic, normalizeIban,
  strategyViolations, strategyFieldPath, type Country, type CreditorSettings, type DebtorKind, type DunningChannel, type DunningStage,
  type DunningStrategy, type DunningStrategyStage, type DunningTimeline,
} from '@mahnwerk/domain';
import { defineMessages, type IntlShape } from 'react-intl';
import { displayLanguage } from '../../i18n/display-locale';
import type { CreditorInput, CreditorSettings as CreditorData, DunningStrategyInput } from './creditors.graphql';

/** One stage as its inputs hold it: numbers as typed text, the fee as a rule and its parameters. */
export interface StageForm {
  stage: DunningStage;
  waitDays: string;
  channel: DunningChannel;
  /** '' = no fee. */
  feeRule: string;
  factor: string;
  firstDemand: boolean;
  /** DE_AGENCY_FEE on a first demand: the factor once its deadline passed unpaid (VV 2300 Anm. 2), e.g. "0.9". */
  raisedFactor: string;
  /** FIXED: the amount in the creditor's currency, e.g. "12.50". */
  feeAmount: string;
  feeLabel: string;
  feeStatute: string;
  letterTemplate: string;
  paymentWindowDays: string;
  collectionWarning: boolean;
}

/** The form holds the domain's creditor settings field for field, and the strategy stage by stage. */
export interface CreditorForm extends Omit<CreditorSettings, 'country' | 'dunningStrategy'> {
  country: Country;
  /** True: the country's default strategy, shown read-only. */
  defaultStrategy: boolean;
  strategyName: string;
  stages: StageForm[];
}

/** What the creditor form asks to fix, and why the preview shows no timeline yet. */
const PROBLEMS = defineMessages({
  feeAmount: { id: 'creditors.strategy.error.feeAmount', defaultMessage: 'Enter the fee as an amount, e.g. 12.50' },
  strategyName: { id: 'creditors.strategy.error.name', defaultMessage: 'Give the strategy a name.' },
  previewStrategy: { id: 'creditors.preview.fixStrategy', defaultMessage: 'Fix the strategy to see its timeline.' },
  previewPrincipal: { id: 'creditors.preview.principal', defaultMessage: 'Enter a principal above 0, e.g. 1000.00.' },
  previewFailed: { id: 'creditors.preview.failed', defaultMessage: 'The preview cannot be computed.' },
});

const TIME_ZONES: Readonly<Record<Country, string>> = { DE: 'Europe/Berlin', DK: 'Europe/Copenhagen' };
const LANGUAGES: Readonly<Record<Country, string>> = { DE: 'de', DK: 'da' };

const WHOLE = /^\d+$/;
const AMOUNT = /^\d+(?:[.,]\d{1,2})?$/;

const wholeOrNaN = (text: string): number => (WHOLE.test(text.trim()) ? Number(text.trim()) : Number.NaN);

/** "12,50" or "12.50" -> 1250 cents; null when it is no amount. */
export function amountToCents(text: string): number | null {
  const t = text.trim();
  if (!AMOUNT.test(t)) return null;
  const [whole, fraction = ''] = t.replace(',', '.').split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

export function centsToAmount(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** A stored or default stage as the editor shows it. */
export function stageToForm(s: DunningStrategyStage): StageForm {
  const fee = s.fee;
  return {
    stage: s.stage,
    waitDays: String(s.waitDays),
    channel: s.channel,
    feeRule: fee?.rule ?? '',
    factor: fee?.rule === 'DE_AGENCY_FEE' ? String(fee.factor) : '',
    firstDemand: fee?.rule === 'DE_AGENCY_FEE' ? fee.firstDemand === true : false,
    raisedFactor: fee?.rule === 'DE_AGENCY_FEE' && fee.firstDemand === true ? String(fee.raisedFactor ?? DEFAULT_RAISED_FACTOR) : '',
    feeAmount: fee?.rule === 'FIXED' ? centsToAmount(fee.amountCents) : '',
    feeLabel: fee?.rule === 'FIXED' ? fee.label : '',
    feeStatute: fee?.rule === 'FIXED' ? fee.statute : '',
    letterTemplate: s.letterTemplate ?? '',
    paymentWindowDays: String(s.paymentWindowDays),
    collectionWarning: s.collectionWarning === true,
  };
}

/** The form of a new creditor of a country: its currency, zone and language, the default strategy. */
export function emptyCreditorForm(country: Country = 'DE'): CreditorForm {
  return {
    ref: '', name: '', legalName: '', country, currency: CREDITOR_CURRENCY[country], timeZone: TIME_ZONES[country], street: '', postcode: '',
    city: '', registerCourt: '', registerNumber: '', iban: '', bic: '', vatDeductible: true, letterLanguage: LANGUAGES[country],
    defaultStrategy: true, strategyName: DEFAULT_STRATEGIES[country].name, stages: DEFAULT_STRATEGIES[country].stages.map(stageToForm),
  };
}

/** Switching the country of a new creditor brings its currency, zone, language and default strategy. */
export function withCountry(form: CreditorForm, country: Country): CreditorForm {
  const fresh = emptyCreditorForm(country);
  return {
    ...form, country, currency: fresh.currency, timeZone: fresh.timeZone, letterLanguage: fresh.letterLanguage,
    defaultStrategy: true, strategyName: fresh.strategyName, stages: fresh.stages,
  };
}

/** A creditor as the API gives it, in the form. */
export function creditorToForm(c: CreditorData): CreditorForm {
  const country = (c.country === 'DK' ? 'DK' : 'DE') as Country;
  return {
    ref: c.ref, name: c.name, legalName: c.legalName, country, currency: c.currency, timeZone: c.timeZone, street: c.street,
    postcode: c.postcode, city: c.city, registerCourt: c.registerCourt, registerNumber: c.registerNumber, iban: c.iban ?? '', bic: c.bic ?? '',
    vatDeductible: c.vatDeductible, letterLanguage: c.letterLanguage, defaultStrategy: c.dunningStrategy.isDefault,
    strategyName: c.dunningStrategy.name,
    stages: c.dunningStrategy.stages.map((s) =>
      stageToForm({
        stage: s.stage as DunningStage,
        waitDays: s.waitDays,
        channel: s.channel as DunningChannel,
        letterTemplate: s.letterTemplate ?? null,
        paymentWindowDays: s.paymentWindowDays,
        collectionWarning: s.collectionWarning,
        fee: s.fee
          ? (feeRuleOf({ ...s.fee }) as DunningStrategyStage['fee'])
          : null,
      }),
    ),
  };
}

/** A stage that starts a custom strategy after the last one, with the next stage of the process. */
export function newStage(after: StageForm | undefined, next: DunningStage): StageForm {
  return {
    stage: next, waitDays: String(Number(after?.paymentWindowDays ?? 0) + 1), channel: 'LETTER', feeRule: '', factor: '', firstDemand: false, raisedFactor: '',
    feeAmount: '', feeLabel: '', feeStatute: '', letterTemplate: '', paymentWindowDays: '14', collectionWarning: false,
  };
}

/** The strategy the stage rows describe, and the parts that could not be read (a fee without its factor). */
export function formToStrategy(form: CreditorForm, intl: IntlShape): { strategy: DunningStrategy; violations: RuleViolation[] } {
  const violations: RuleViolation[] = [];
  const stages = form.stages.map((s, i): DunningStrategyStage => {
    let fee: DunningStrategyStage['fee'] = null;
    if (s.feeRule) {
      const cents = s.feeAmount.trim() ? amountToCents(s.feeAmount) : null;
      if (s.feeRule === 'FIXED' && s.feeAmount.trim() && cents === null) {
        violations.push(new RuleViolation(intl.formatMessage(PROBLEMS.feeAmount), strategyFieldPath(`stages[${i}].fee.amountCents`)));
      }
      const rule = feeRuleOf({
        rule: s.feeRule,
        factor: s.factor.trim() ? Number(s.factor.trim().replace(',', '.')) : null,
        firstDemand: s.firstDemand,
        raisedFactor: s.firstDemand && s.raisedFactor.trim() ? Number(s.raisedFactor.trim().replace(',', '.')) : null,
        amountCents: cents,
        label: s.feeLabel,
        statute: s.feeStatute,
      });
      if (rule instanceof RuleViolation) violations.push(new RuleViolation(rule.texts ?? rule.message, strategyFieldPath(`stages[${i}].${rule.field}`)));
      else fee = rule;
    }
    return {
      stage: s.stage,
      waitDays: wholeOrNaN(s.waitDays),
      channel: s.channel,
      fee,
      letterTemplate: s.letterTemplate.trim() || null,
      paymentWindowDays: wholeOrNaN(s.paymentWindowDays),
      ...(s.collectionWarning ? { collectionWarning: true } : {}),
    };
  });
  return { strategy: { country: form.country, name: form.strategyName.trim(), stages }, violations };
}

/** The strategy's problems keyed by the input's field path (`dunningStrategy.stages.2.waitDays`), first one per field. */
export function strategyErrors(form: CreditorForm, intl: IntlShape): Record<string, string> {
  if (form.defaultStrategy) return {};
  const { strategy, violations } = formToStrategy(form, intl);
  const all = [...violations, ...strategyViolations(strategy).map((v) => new RuleViolation(v.texts ?? v.message, strategyFieldPath(v.field)))];
  if (!form.strategyName.trim()) all.push(new RuleViolation(intl.formatMessage(PROBLEMS.strategyName), 'dunningStrategy.name'));
  return keyed(all);
}

/** The first violation per field, in the workbench language (the domain words its rules in every language). */
function keyed(violations: readonly RuleViolation[]): Record<string, string> {
  const language = displayLanguage();
  const out: Record<string, string> = {};
  for (const v of violations) {
    const field = v.field ?? 'form';
    out[field] ??= v.messageIn(language);
  }
  return out;
}

function settingsOf(form: CreditorForm, strategy: DunningStrategy | null): CreditorSettings {
  return {
    ref: form.ref.trim(), name: form.name.trim(), legalName: form.legalName.trim(), country: form.country, currency: form.currency,
    timeZone: form.timeZone.trim(), street: form.street.trim(), postcode: form.postcode.trim(), city: form.city.trim(),
    registerCourt: form.registerCourt.trim(), registerNumber: form.registerNumber.trim(), iban: normalizeIban(form.iban),
    bic: normalizeBic(form.bic), vatDeductible: form.vatDeductible, letterLanguage: form.letterLanguage, dunningStrategy: strategy,
  };
}

function strategyToInput(strategy: DunningStrategy): DunningStrategyInput {
  return {
    name: strategy.name,
    stages: strategy.stages.map((s) => ({
      stage: s.stage as DunningStrategyInput['stages'][number]['stage'],
      waitDays: s.waitDays,
      channel: s.channel,
      letterTemplate: s.letterTemplate,
      paymentWindowDays: s.paymentWindowDays,
      collectionWarning: s.collectionWarning === true,
      fee: s.fee
        ? {
            rule: s.fee.rule,
            factor: s.fee.rule === 'DE_AGENCY_FEE' ? s.fee.factor : null,
            firstDemand: s.fee.rule === 'DE_AGENCY_FEE' ? s.fee.firstDemand === true : null,
            raisedFactor: s.fee.rule === 'DE_AGENCY_FEE' && s.fee.firstDemand === true ? (s.fee.raisedFactor ?? DEFAULT_RAISED_FACTOR) : null,
            amountCents: s.fee.rule === 'FIXED' ? s.fee.amountCents : null,
            label: s.fee.rule === 'FIXED' ? s.fee.label : null,
            statute: s.fee.rule === 'FIXED' ? s.fee.statute : null,
          }
        : null,
    })),
  };
}

/**
 * The mutation input, or every problem keyed by the input's field path. The checks are the
 * domain's (creditorSettingsViolations, strategyViolations), the same the API applies; whether the
 * reference is free comes back from the server.
 */
export function creditorFormToInput(form: CreditorForm, intl: IntlShape): { input: CreditorInput | null; errors: Record<string, string> } {
  const parsed = form.defaultStrategy ? null : formToStrategy(form, intl);
  const settings = settingsOf(form, parsed?.strategy ?? null);
  const errors = keyed([...(parsed?.violations ?? []), ...creditorSettingsViolations(settings)]);
  if (Object.keys(errors).length) return { input: null, errors };
  return {
    input: {
      ref: settings.ref, name: settings.name, legalName: settings.legalName, country: settings.country, currency: settings.currency,
      timeZone: settings.timeZone, street: settings.street, postcode: settings.postcode, city: settings.city,
      registerCourt: settings.registerCourt, registerNumber: settings.registerNumber, iban: settings.iban, bic: settings.bic,
      vatDeductible: settings.vatDeductible, letterLanguage: settings.letterLanguage,
      dunningStrategy: parsed ? strategyToInput(parsed.strategy) : null,
    },
    errors: {},
  };
}

/** True when saving the form would change nothing. */
export function sameCreditor(form: CreditorForm, creditor: CreditorData): boolean {
  return JSON.stringify(form) === JSON.stringify(creditorToForm(creditor));
}

/** The sample claim of the preview, as typed. */
export interface SampleForm {
  principal: string;
  invoiceDate: string;
  dueDate: string;
  debtorKind: DebtorKind;
}

/**
 * The timeline a sample claim would follow under the form's strategy as it would be stored (German
 * agency costs with VAT for a creditor that cannot deduct it), or why there is none yet. Its fee
 * lines and where it ends are worded in the workbench language: the reader is the agency's staff.
 */
export function previewOf(form: CreditorForm, sample: SampleForm, intl: IntlShape): { timeline: DunningTimeline } | { problem: string } {
  const own = form.defaultStrategy ? null : formToStrategy(form, intl).strategy;
  const strategy = creditorStrategyToStore(own, form.country, form.vatDeductible, DEFAULT_STRATEGIES) ?? DEFAULT_STRATEGIES[form.country];
  if (!form.defaultStrategy && Object.keys(strategyErrors(form, intl)).length) return { problem: intl.formatMessage(PROBLEMS.previewStrategy) };
  const principalCents = amountToCents(sample.principal);
  if (principalCents === null || principalCents <= 0) return { problem: intl.formatMessage(PROBLEMS.previewPrincipal) };
  try {
    return {
      timeline: dunningTimeline(strategy, {
        principalCents, currency: form.currency, invoiceDate: sample.invoiceDate, dueDate: sample.dueDate, debtorKind: sample.debtorKind,
        language: displayLanguage(),
      }),
    };
  } catch (e) {
    if (e instanceof RuleViolation) return { problem: e.messageIn(displayLanguage()) };
    return { problem: intl.formatMessage(PROBLEMS.previewFailed) };
  }
}

/** Every problem a failed save names, keyed by field (`extensions.violations`, or the one `extensions.field`). */
export function serverErrors(error: unknown): Record<string, string> {
  if (!CombinedGraphQLErrors.is(error)) return {};
  const first = error.errors[0];
  const ext = first?.extensions ?? {};
  const out: Record<string, string> = {};
  const list = Array.isArray(ext.violations) ? (ext.violations as { field?: unknown; message?: unknown }[]) : [];
  for (const v of list) {
    if (typeof v.field === 'string' && typeof v.message === 'string') out[v.field] ??= v.message;
  }
  if (!list.length && typeof ext.field === 'string' && first) out[ext.field] = first.message;
  return out;
}
