import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseStatus, DunningStage } from '@mahnwerk/domain';
import { bigintToNumber } from '../common/bigint-column.js';
import { CreditorEntity } from '../creditors/creditor.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { DebtorEntity } from './debtor.entity.js';

@Entity('cases')
export class CaseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'creditor_id' }) creditorId: string;
  @ManyToOne(() => CreditorEntity)
  @JoinColumn({ name: 'creditor_id' })
  creditor: CreditorEntity;
  @Column('uuid', { name: 'debtor_id' }) debtorId: string;
  @ManyToOne(() => DebtorEntity)
  @JoinColumn({ name: 'debtor_id' })
  debtor: DebtorEntity;
  @Column('text') status: CaseStatus;
  @Column('text') stage: DunningStage;
  @Column('uuid', { name: 'assignee_id', nullable: true }) assigneeId: string | null;
  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'assignee_id' })
  assignee: UserEntity | null;
  @Column('int') priority: number;
  @Column('bigint', { name: 'open_cents', transformer: bigintToNumber }) openCents: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('date', { name: 'oldest_due_date' }) oldestDueDate: string;
  @Column('date', { name: 'placed_at' }) placedAt: string;
  @Column('date', { name: 'stage_entered_on' }) stageEnteredOn: string;
  @Column('timestamptz', { name: 'next_action_at', nullable: true }) nextActionAt: Date | null;
  @Column('text', { name: 'hold_reason', nullable: true }) holdReason: string | null;
  @Column('timestamptz', { name: 'paid_at', nullable: true }) paidAt: Date | null;
  @Column('int') version: number;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt: Date;
}
