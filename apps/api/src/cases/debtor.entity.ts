import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('debtors')
export class DebtorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') ref: string;
  @Column('text') name: string;
  @Column('text') kind: 'consumer' | 'business';
  @Column('char', { length: 2 }) country: string;
  @Column('text', { nullable: true }) email: string | null;
  @Column('text', { nullable: true }) phone: string | null;
  @Column('text', { nullable: true }) address: string | null;
  @Column('text') language: string;
  @Column('text', { name: 'time_zone' }) timeZone: string;
}
