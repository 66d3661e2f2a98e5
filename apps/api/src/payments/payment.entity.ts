import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../common/bigint-column.js';

@Entity('payments')
export class PaymentEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('bigint', { name: 'amount_cents', transformer: bigintToNumber }) amountCents: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('date', { name: 'received_at' }) receivedAt: string;
  @Column('text') reference: string;
  @Column('text') source: 'MANUAL' | 'BANK';
  @Column('text', { name: 'idempotency_key' }) idempotencyKey: string;
  @Column('uuid', { name: 'recorded_by', nullable: true }) recordedBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
