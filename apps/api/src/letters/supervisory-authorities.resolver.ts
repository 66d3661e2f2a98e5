import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { SupervisoryAuthorityInput, SupervisoryAuthorityModel } from './supervisory-authority.model.js';
import { SupervisoryAuthoritiesService } from './supervisory-authorities.service.js';

@Resolver(() => SupervisoryAuthorityModel)
export class SupervisoryAuthoritiesResolver {
  constructor(private readonly service: SupervisoryAuthoritiesService) {}

  @Query(() => [SupervisoryAuthorityModel], { description: 'The agency\'s supervisory authorities (RDG 13a(1) no. 8), newest first.' })
  @Roles('LEAD', 'MANAGER', 'ADMIN')
  supervisoryAuthorities(): Promise<SupervisoryAuthorityModel[]> {
    return this.service.list();
  }

  @Mutation(() => SupervisoryAuthorityModel, {
    description: 'Adds a dated supervisory authority; letters dated from validFrom name it. Audited (agency.supervisory-authority.add).',
  })
  @Roles('ADMIN')
  addSupervisoryAuthority(@CurrentUser() user: AuthUser, @Args('input') input: SupervisoryAuthorityInput): Promise<SupervisoryAuthorityModel> {
    return this.service.add(user, input);
  }
}
