import { Field, InputType, Int } from '@nestjs/graphql';

/** A daily window in the debtor's local time; checked by the domain (`HH:MM`, from before to, '24:00' = midnight). */
@InputType('ContactWindowInput')
export class ContactWindowInput {
  @Field({ description: "Start, 'HH:MM' (inclusive)." }) from: string;
  @Field({ description: "End, 'HH:MM' (exclusive; '24:00' = midnight)." }) to: string;
}

@InputType('ContactHoursInput', { description: 'Contact hours per kind of day; null = no phone calls or text messages on such days.' })
export class ContactHoursInput {
  @Field(() => ContactWindowInput, { description: 'Monday to Friday (required).' }) weekdays: ContactWindowInput;
  @Field(() => ContactWindowInput, { nullable: true }) saturday: ContactWindowInput | null;
  @Field(() => ContactWindowInput, { nullable: true }) sunday: ContactWindowInput | null;
  @Field(() => ContactWindowInput, { nullable: true, description: "Public holidays of the debtor's country, whatever the weekday." })
  holidays: ContactWindowInput | null;
}

@InputType('ReminderSpacingInput')
export class ReminderSpacingInput {
  @Field({ description: 'ISO country code of the law governing the claim, e.g. DK.' }) country: string;
  @Field(() => Int, { description: 'Days that must lie between two reminders, 0..365.' }) days: number;
}

/**
 * A creditor's contact policy. It replaces the contact hours, the attempt limit and the reminder
 * spacing as a whole (a country left out of `reminderSpacingDays` has no spacing).
 */
@InputType('ContactPolicyInput', {
  description: "Replaces the creditor's contact hours, attempt limit and reminder spacing as a whole (a country left out has no spacing).",
})
export class ContactPolicyInput {
  @Field(() => ContactHoursInput) contactHours: ContactHoursInput;
  @Field(() => Int, { description: 'Contact attempts allowed on a debtor in any rolling 7 days, 1..100.' }) maxAttemptsPer7Days: number;
  @Field(() => [ReminderSpacingInput]) reminderSpacingDays: ReminderSpacingInput[];
}
