import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OutcomeType } from '@mahnwerk/domain';
import { UserEntity } from '../users/user.entity.js';

export type Channel = 'PHONE' | 'LETTER' | 'EMAIL' | 'SMS' | 'SYSTEM';

@Entity('activities')
export class ActivityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('uuid', { name: 'case_id' }) caseId: string;
  @Column('uuid', { name: 'actor_id', nullable: true }) actorId: string | null;
  @ManyToOne(() => UserEntity, { nullable: true })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity | null;
  @Column('text') channel: Channel;
  @Column('text', { nullable: true }) outcome: OutcomeType | null;
  @Column('text') note: string;
  @Column('timestamptz', { name: 'occurred_at' }) occurredAt: Date;
}
