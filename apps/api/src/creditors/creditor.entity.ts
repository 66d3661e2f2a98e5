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
}
