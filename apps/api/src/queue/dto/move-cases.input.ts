import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsInt, IsOptional, IsUUID, Min, ValidateNested } from 'class-validator';

/** At most this many cases move in one go (one transaction, one board refresh). */
export const MAX_MOVES = 200;

@InputType()
export class CaseMoveInput {
  @Field(() => ID) @IsUUID(undefined, { message: 'caseId must be a case id (UUID)' }) caseId: string;
  @Field(() => Int, { description: 'The version the caller saw; a case changed since then stops the whole move.' })
  @IsInt() @Min(1) expectedVersion: number;
}

@InputType()
export class MoveCasesInput {
  @Field(() => [CaseMoveInput])
  @ArrayMinSize(1, { message: 'moves must name at least one case' })
  @ArrayMaxSize(MAX_MOVES, { message: `moves can hold at most ${MAX_MOVES} cases` })
  @ValidateNested({ each: true }) @Type(() => CaseMoveInput)
  moves: CaseMoveInput[];

  @Field(() => ID, { nullable: true, description: 'The collector who gets the cases; null puts them back in the pool.' })
  @IsOptional() @IsUUID(undefined, { message: 'toCollectorId must be a user id (UUID)' })
  toCollectorId?: string | null;

  @Field({
    defaultValue: false,
    description: "Move even when the target's queue would exceed their capacity (otherwise such a move is refused).",
  })
  @IsOptional() @IsBoolean()
  allowOverCapacity?: boolean;
}
