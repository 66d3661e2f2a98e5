import type { ContactPolicy, PriorityWeights } from '@mahnwerk/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('creditors')
export class CreditorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') ref: string;
  @Column('text') name: string;
  @Column('char', { length: 2 }) country: 'DE' | 'DK';
  @Column('char', { length: 3 }) currency: string;
  @Column('text', { name: 'time_zone' }) timeZone: string;
  @Column('text') address: string;
  /** Maximum points per priority part; null = the domain's defaults. */
  @Column('jsonb', { name: 'priority_weights', nullable: true }) priorityWeights: PriorityWeights | null;
  /** Overrides of the domain's default contact policy; null = defaults. */
  @Column('jsonb', { name: 'contact_policy', nullable: true }) contactPolicy: Partial<ContactPolicy> | null;
}
