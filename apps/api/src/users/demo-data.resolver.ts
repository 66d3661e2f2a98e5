import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator.js';
import { DemoDataService } from './demo-data.service.js';

@Resolver()
export class DemoDataResolver {
  constructor(private readonly demo: DemoDataService) {}

  @Query(() => Boolean, {
    description:
      'True while demo accounts exist: any active user whose e-mail ends in @demo.mahnwerk (the seeded demo logins, ' +
      'whose password the README prints). The web shows a "Demo data" marker and the demo logins while it is true; ' +
      'deactivating the demo accounts turns it off. Public: the sign-in page asks before anyone signs in.',
  })
  @Public()
  demoData(): Promise<boolean> {
    return this.demo.demoAccountsExist();
  }
}
