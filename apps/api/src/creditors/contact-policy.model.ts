import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ContactWindow', { description: "A daily window in the debtor's local time: from inclusive, to exclusive ('24:00' = midnight)." })
export class ContactWindowModel {
  @Field({ description: "'HH:MM'" }) from: string;
  @Field({ description: "'HH:MM'" }) to: string;
}

@ObjectType('ContactHours', { description: 'When phone calls and text messages may reach a debtor; null = not on such days.' })
export class ContactHoursModel {
  @Field(() => ContactWindowModel, { description: 'Monday to Friday.' }) weekdays: ContactWindowModel;
  @Field(() => ContactWindowModel, { nullable: true }) saturday: ContactWindowModel | null;
  @Field(() => ContactWindowModel, { nullable: true }) sunday: ContactWindowModel | null;
  @Field(() => ContactWindowModel, { nullable: true, description: "Public holidays of the debtor's country, whatever the weekday." })
  holidays: ContactWindowModel | null;
}

@ObjectType('ReminderSpacing', { description: 'Days that must lie between two reminders on a claim governed by the law of `country`.' })
export class ReminderSpacingModel {
  @Field() country: string;
  @Field(() => Int) days: number;
}

@ObjectType('ContactPolicy', { description: "A creditor's effective contact policy (its settings over the defaults)." })
export class ContactPolicyModel {
  @Field(() => ContactHoursModel) contactHours: ContactHoursModel;
  @Field(() => Int, { description: 'Contact attempts allowed on a debtor in any rolling 7 days.' }) maxAttemptsPer7Days: number;
  @Field(() => [ReminderSpacingModel], { description: 'Sorted by country.' }) reminderSpacingDays: ReminderSpacingModel[];
  @Field({ description: 'True when the creditor has no policy of its own and the defaults apply.' }) isDefault: boolean;
}
