import { Injectable } from '@nestjs/common';
import { DEMO_EMAIL_DOMAIN } from '../database/seed/fixtures.js';
import { FirstStartRepository } from './first-start.repository.js';

/** Whether the instance still holds demo accounts (the web's "Demo data" marker). */
@Injectable()
export class DemoDataService {
  constructor(private readonly users: FirstStartRepository) {}

  /** True while any active user signs in with an e-mail of the demo domain (@demo.mahnwerk). */
  async demoAccountsExist(): Promise<boolean> {
    return (await this.users.activeAccountsIn(DEMO_EMAIL_DOMAIN)) > 0;
  }
}
