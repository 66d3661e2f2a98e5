import type { AppConfig } from '../config/config.js';

/** A payment a debtor starts in the portal. */
export interface PaymentIntentRequest {
  caseId: string;
  method: string;
  amountCents: number;
  currency: string;
  now: Date;
}

/**
 * A payment provider (card, PayPal, MobilePay): which methods it offers for a currency and how a
 * payment starts. Bank transfer is always offered by the portal itself; a real provider plugs in
 * here (PAYMENT_PROVIDER) and books its payments through the bank import or its own callback.
 */
export interface PaymentProvider {
  readonly name: string;
  methods(currency: string): string[];
  /** Starts a payment; where to send the debtor next (null: nothing to do in the browser). */
  start(intent: PaymentIntentRequest, record: (provider: string, intent: PaymentIntentRequest) => Promise<string>): Promise<{ intentId: string; redirectUrl: string | null }>;
}

export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

/** `none` (the default): bank transfer only. */
export class NoPaymentProvider implements PaymentProvider {
  readonly name = 'none';
  methods(): string[] {
    return [];
  }
  start(): Promise<{ intentId: string; redirectUrl: string | null }> {
    return Promise.reject(new Error('No payment provider is set up (PAYMENT_PROVIDER=none).'));
  }
}

/** `store`: records the payment the debtor starts (portal_payment_intents), for a provider wired in later. */
export class StorePaymentProvider implements PaymentProvider {
  readonly name = 'store';
  methods(currency: string): string[] {
    return currency.toUpperCase() === 'DKK' ? ['CARD', 'MOBILEPAY'] : ['CARD', 'PAYPAL'];
  }
  async start(intent: PaymentIntentRequest, record: (provider: string, intent: PaymentIntentRequest) => Promise<string>) {
    return { intentId: await record(this.name, intent), redirectUrl: null };
  }
}

export function paymentProviderOf(config: Pick<AppConfig, 'paymentProvider'>): PaymentProvider {
  return config.paymentProvider === 'store' ? new StorePaymentProvider() : new NoPaymentProvider();
}

/** Where the portal lives: PORTAL_BASE_URL, else the API's own web origin (the web app is served by the API). */
export function portalBaseUrl(config: Pick<AppConfig, 'portalBaseUrl' | 'port'>): string {
  return (config.portalBaseUrl ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}
