import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentUser, type AuthUser } from './current-user.js';
import { DownloadTicketModel } from './download-ticket.model.js';
import { DownloadTickets } from './download-tickets.service.js';
import { Roles } from './roles.decorator.js';

@Resolver()
export class DownloadTicketsResolver {
  constructor(private readonly tickets: DownloadTickets) {}

  @Mutation(() => DownloadTicketModel, {
    description:
      'A single-use ticket for one document link (a letter\'s PDF `/letters/<id>.pdf`, a print batch\'s files), valid 60 seconds ' +
      'for the caller\'s session; the route checks who may see the document when the ticket is used. Another url is BAD_USER_INPUT.',
  })
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  issueDownloadTicket(@CurrentUser() user: AuthUser, @Args('url') url: string): Promise<DownloadTicketModel> {
    return this.tickets.issue(user, url);
  }
}
