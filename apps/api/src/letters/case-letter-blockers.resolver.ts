import { Inject } from '@nestjs/common';
import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { calendarDateIn, letterBlockers, type LocalizedText, type TextLanguage } from '@mahnwerk/domain';
import { CaseModel } from '../cases/case.model.js';
import { CallerLanguage } from '../common/caller-language.decorator.js';
import { Clock } from '../common/clock.js';
import { Loaders, type RequestLoaders } from '../common/request-loaders.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import { LettersRepository } from './letters.repository.js';
import { SupervisoryAuthoritiesService } from './supervisory-authorities.service.js';

@Resolver(() => CaseModel)
export class CaseLetterBlockersResolver {
  constructor(
    private readonly repository: LettersRepository,
    private readonly authorities: SupervisoryAuthoritiesService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ResolveField(() => [String], {
    description:
      'What stops a letter to the debtor today (RDG 13a for a German consumer: each claim\'s contract subject and date, '
      + 'the supervisory authority in force); the dunning run holds the case\'s letter steps until it is empty.',
  })
  async letterBlockers(
    @Parent() c: CaseModel,
    @Loaders() loaders: RequestLoaders,
    @CallerLanguage() language: TextLanguage,
  ): Promise<string[]> {
    const blockers = await loaders
      .loader('case.letterBlockers', async (ids: readonly string[]): Promise<LocalizedText[][]> => {
        const today = calendarDateIn(this.clock.now(), this.config.dunningTimeZone);
        const [facts, authority] = await Promise.all([this.repository.letterFactsOfCases(ids), this.authorities.inForceOn(today)]);
        const byCase = new Map(facts.map((f) => [f.caseId, f]));
        return ids.map((id) => {
          const f = byCase.get(id);
          return f ? letterBlockers({ country: f.country, debtorKind: f.debtorKind, claims: f.claims, supervisoryAuthority: authority }) : [];
        });
      })
      .load(c.id);
    return blockers.map((b) => b[language]);
  }
}
