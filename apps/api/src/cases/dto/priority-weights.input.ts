import { InputType, OmitType } from '@nestjs/graphql';
import { PriorityWeightsModel } from '../../creditors/creditor.model.js';

/** Maximum points per priority part; whole numbers of 0 or more adding up to 1..1000 (checked by the domain). */
@InputType('PriorityWeightsInput')
export class PriorityWeightsInput extends OmitType(PriorityWeightsModel, ['isDefault'] as const, InputType) {}
