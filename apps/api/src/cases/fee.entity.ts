import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../common/bigint-column.js';

@Entity('fees')
export class FeeEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') label: string;
  @Column('bigint', { name: 'amount_cents', transformer: bigintToNumber }) amountCents: number;
  @Column('date', { name: 'charged_on' }) chargedOn: string;
}
