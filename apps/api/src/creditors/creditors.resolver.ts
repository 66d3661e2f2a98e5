import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { toCreditorModel } from '../cases/case.mapper.js';
import { CreditorEntity } from './creditor.entity.js';
import { CreditorModel } from './creditor.model.js';

@Resolver(() => CreditorModel)
export class CreditorsResolver {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: CaseAccessService,
  ) {}

  @Query(() => [CreditorModel], { description: 'The creditors (clients) the caller may see.' })
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  async creditors(@CurrentUser() user: AuthUser): Promise<CreditorModel[]> {
    const scope = await this.access.creditorScope(user);
    const all = await this.db.manager.find(CreditorEntity, { order: { name: 'ASC' } });
    return all.filter((c) => !scope || scope.includes(c.id)).map(toCreditorModel);
  }
}
