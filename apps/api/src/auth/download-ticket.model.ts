import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';

@ObjectType('DownloadTicket', { description: 'Opens one document once, within 60 seconds, without a token in the URL.' })
export class DownloadTicketModel {
  @Field({ description: 'The single-use ticket (send it as `?ticket=`).' }) ticket: string;
  @Field({ description: 'The document\'s path with the ticket: open it as it is.' }) url: string;
  @Field(() => GraphQLISODateTime, { description: 'After this the ticket is refused.' }) expiresAt: Date;
}
