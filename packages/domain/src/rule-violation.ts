/**
 * A business rule refused an input. The message is written for the person who entered it
 * ("Promise date 2026-01-01 is in the past; choose today or a later date"); `field` names the
 * input at fault when there is one, so a form can highlight it. The API maps it to BAD_USER_INPUT.
 */
export class RuleViolation extends Error {
  override readonly name = 'RuleViolation';

  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
