import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../common/bigint-column.js';

export type PromiseStatus = 'OPEN' | 'KEPT' | 'BROKEN';

@Entity('promises')
export class PromiseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'activity_id', nullable: true }) activityId: string | null;
  @Column('bigint', { name: 'amount_cents', transformer: bigintToNumber }) amountCents: number;
  @Column('bigint', { name: 'paid_cents', transformer: bigintToNumber }) paidCents: number;
  @Column('date', { name: 'due_date' }) dueDate: string;
  @Column('int', { nullable: true }) installment: number | null;
  @Column('text') status: PromiseStatus;
  @Column('uuid', { name: 'created_by', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { name: 'resolved_at', nullable: true }) resolvedAt: Date | null;
}
