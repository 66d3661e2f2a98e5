import { ActivityEntity } from '../cases/activity.entity.js';
import { CaseEntity } from '../cases/case.entity.js';
import { ClaimEntity } from '../cases/claim.entity.js';
import { DebtorEntity } from '../cases/debtor.entity.js';
import { FeeEntity } from '../cases/fee.entity.js';
import { CreditorEntity } from '../creditors/creditor.entity.js';
import { PaymentEntity } from '../payments/payment.entity.js';
import { PromiseEntity } from '../payments/promise.entity.js';
import { TeamEntity } from '../users/team.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const entities = [
  ActivityEntity, CaseEntity, ClaimEntity, DebtorEntity, FeeEntity,
  CreditorEntity, PaymentEntity, PromiseEntity, TeamEntity, UserEntity,
];
