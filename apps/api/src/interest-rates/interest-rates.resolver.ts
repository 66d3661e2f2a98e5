import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { AddInterestRateInput } from './dto/add-interest-rate.input.js';
import { InterestRateModel, InterestRateTableStatusModel } from './interest-rate.model.js';
import { InterestRatesService } from './interest-rates.service.js';

@Resolver()
export class InterestRatesResolver {
  constructor(private readonly rates: InterestRatesService) {}

  @Query(() => [InterestRateModel], { description: 'Both reference-rate tables (built-in and added rows), newest first per country.' })
  @Roles('ADMIN')
  interestRates(): Promise<InterestRateModel[]> {
    return this.rates.list();
  }

  @Query(() => [InterestRateTableStatusModel], {
    description: 'Per country, where the rate table ends and how many open cases compute interest on a stale table.',
  })
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  interestRateStatus(): Promise<InterestRateTableStatusModel[]> {
    return this.rates.status();
  }

  @Mutation(() => InterestRateModel, {
    description: 'Adds a published reference rate (from 1 January or 1 July); balances use it at once. Audited.',
  })
  @Roles('ADMIN')
  addInterestRate(@CurrentUser() user: AuthUser, @Args('input') input: AddInterestRateInput): Promise<InterestRateModel> {
    return this.rates.add(user, input);
  }
}
