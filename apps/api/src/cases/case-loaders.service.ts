import { Injectable } from '@nestjs/common';
import type { CaseLimitation, ContactChannel, ContactDecision, LocalizedText, PriorityPart, RateTables } from '@mahnwerk/domain';
import { priorityParts } from '@mahnwerk/domain';
import type DataLoader from 'dataloader';
import type { AuthUser } from '../auth/current-user.js';
import type { RequestLoaders } from '../common/request-loaders.js';
import { CreditorScopeService } from '../creditors/creditor-scope.service.js';
import { InterestRatesService } from '../interest-rates/interest-rates.service.js';
import { CaseFiguresService, type BalanceInputs } from './case-figures.service.js';
import type { CaseModel } from './case.model.js';
import {
  CaseDetailsRepository, type CasePaymentRecord, type CasePromiseRecord, type ClaimRecord,
} from './case-details.repository.js';
import {
  CaseTimelineRepository, type ActivityRecord, type BrokenPromiseRecord, type DunningStepRecord,
} from './case-timeline.repository.js';
import { CasesRepository, type CaseRecord } from './cases.repository.js';
import { ContactPolicyService } from './contact-policy.service.js';

/** What a case's timeline is made of, before the service words the system entries. */
export interface TimelineParts {
  activities: ActivityRecord[];
  steps: DunningStepRecord[];
  broken: BrokenPromiseRecord[];
}

/** Values of a per-case map in the keys' order. */
const inOrder = <V>(ids: readonly string[], map: Map<string, V>, empty: V): V[] => ids.map((id) => map.get(id) ?? empty);

/**
 * The batched reads behind the `Case` fields, one loader per kind and execution (see
 * `common/request-loaders.ts`): claims, payments, promises, balance inputs, timelines, priority parts
 * and contact decisions (letters: `letters/letters.resolver.ts`) of every case in a result are read together.
 */
@Injectable()
export class CaseLoaders {
  constructor(
    private readonly details: CaseDetailsRepository,
    private readonly timelines: CaseTimelineRepository,
    private readonly figures: CaseFiguresService,
    private readonly scopes: CreditorScopeService,
    private readonly contactPolicy: ContactPolicyService,
    private readonly rates: InterestRatesService,
    private readonly cases: CasesRepository,
  ) {}

  /** The open cases of a debtor that the user may see (by debtor id). */
  debtorOpenCases(l: RequestLoaders, user: AuthUser): DataLoader<string, CaseRecord[]> {
    return l.loader('debtor.openCases', async (debtorIds: readonly string[]) =>
      inOrder(debtorIds, await this.cases.openCasesOfDebtors(debtorIds, await this.creditorScope(l, user)), []));
  }

  claims(l: RequestLoaders): DataLoader<string, ClaimRecord[]> {
    return l.loader('case.claims', async (ids: readonly string[]) => inOrder(ids, await this.details.claimsOfCases(ids), []));
  }

  /** Oldest first. */
  payments(l: RequestLoaders): DataLoader<string, CasePaymentRecord[]> {
    return l.loader('case.payments', async (ids: readonly string[]) => inOrder(ids, await this.details.paymentsOfCases(ids), []));
  }

  timeline(l: RequestLoaders): DataLoader<string, TimelineParts> {
    return l.loader('case.timeline', async (ids: readonly string[]) => {
      const [activities, steps, broken] = await Promise.all([
        this.timelines.activitiesOfCases(ids), this.timelines.dunningStepsOfCases(ids), this.timelines.brokenPromisesOfCases(ids),
      ]);
      return ids.map((id) => ({ activities: activities.get(id) ?? [], steps: steps.get(id) ?? [], broken: broken.get(id) ?? [] }));
    });
  }

  promises(l: RequestLoaders): DataLoader<string, CasePromiseRecord[]> {
    return l.loader('case.promises', async (ids: readonly string[]) => inOrder(ids, await this.details.promisesOfCases(ids), []));
  }

  /** What a balance is computed from: claims, fees, payments and adjustments (oldest first). */
  async balanceInputs(l: RequestLoaders, caseId: string): Promise<BalanceInputs> {
    const fees = l.loader('case.fees', async (ids: readonly string[]) => inOrder(ids, await this.details.feesOfCases(ids), []));
    const adjustments = l.loader('case.adjustments', async (ids: readonly string[]) => inOrder(ids, await this.details.adjustmentsOfCases(ids), []));
    const [claims, feeRows, payments, adjustmentRows] = await Promise.all([
      this.claims(l).load(caseId), fees.load(caseId), this.payments(l).load(caseId), adjustments.load(caseId),
    ]);
    return { claims, fees: feeRows, payments, adjustments: adjustmentRows };
  }

  /** The reference-rate tables (built-in and added rows), read once per execution. */
  rateTables(l: RequestLoaders): Promise<RateTables> {
    return l
      .loader('interest.rateTables', async (keys: readonly string[]) => {
        const tables = await this.rates.tables();
        return keys.map(() => tables);
      })
      .load('all');
  }

  /** The creditors a user may see (null = all), read once per execution. */
  creditorScope(l: RequestLoaders, user: AuthUser): Promise<string[] | null> {
    return l
      .loader('user.creditorScope', (users: readonly AuthUser[]) => Promise.all(users.map((u) => this.scopes.scope(u))), {
        cacheKeyFn: (u) => `${u.id}:${u.role}`,
      })
      .load(user);
  }

  /** The parts of each case's priority as of now, worded in every language (`priorityPartIn` picks one). */
  priorityParts(l: RequestLoaders): DataLoader<string, PriorityPart[]> {
    return l.loader('case.priorityParts', async (ids: readonly string[]) => {
      const snapshots = await this.figures.prioritySnapshots(undefined, ids);
      return ids.map((id) => {
        const s = snapshots.get(id);
        return s ? priorityParts(s.input, s.weights) : [];
      });
    });
  }

  /** What the debtor asked for in the portal that waits for a person, per case (null: nothing). */
  portalRequest(l: RequestLoaders): DataLoader<string, LocalizedText | null> {
    return l.loader('case.portalRequest', async (ids: readonly string[]) => {
      const reasons = await this.figures.portalRequestReasons(ids);
      return ids.map((id) => reasons.get(id) ?? null);
    });
  }

  /** Each case's limitation as of today (by the domain, from the same snapshot as the priority). */
  limitation(l: RequestLoaders): DataLoader<string, CaseLimitation> {
    return l.loader('case.limitation', async (ids: readonly string[]) => {
      const snapshots = await this.figures.prioritySnapshots(undefined, ids);
      return ids.map((id) => snapshots.get(id)?.limitation ?? { date: null, daysLeft: null, reference: null, explanation: [], texts: [] });
    });
  }

  /** One contact decision per case and channel in an execution, shared by the fields that show it. */
  contactDecision(l: RequestLoaders, c: CaseModel, channel: ContactChannel): Promise<ContactDecision> {
    return l
      .loader(
        'case.contactDecision',
        (keys: readonly { c: CaseModel; channel: ContactChannel }[]) =>
          this.contactPolicy.decideMany(keys.map(({ c: k, channel: ch }) => ({
            subject: {
              caseId: k.id, debtorId: k.debtor.id, debtorTimeZone: k.debtor.timeZone, debtorCountry: k.debtor.country,
              creditorCountry: k.creditor.country, creditorId: k.creditor.id,
            },
            channel: ch,
          }))),
        { cacheKeyFn: (k) => `${k.c.id}:${k.channel}` },
      )
      .load({ c, channel });
  }
}
