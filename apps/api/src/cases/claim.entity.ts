import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../common/bigint-column.js';

@Entity('claims')
export class ClaimEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('text') reference: string;
  @Column('bigint', { name: 'principal_cents', transformer: bigintToNumber }) principalCents: number;
  @Column('char', { length: 3 }) currency: string;
  @Column('date', { name: 'invoice_date' }) invoiceDate: string;
  @Column('date', { name: 'due_date' }) dueDate: string;
  @Column('date', { name: 'default_date', nullable: true }) defaultDate: string | null;
}
