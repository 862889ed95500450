import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import type { OrganisationKind } from './roles';

/** A partner: an association, a préfecture, a host… National bodies cover every territory. */
@Entity('organisations')
export class Organisation {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column('text') kind: OrganisationKind;
  @Column('text') name: string;
  @Column('boolean') national: boolean;
  @Column('text', { array: true }) territories: string[];
  /** Kind-specific flags (`dnaDedicated`, `pspApproved`…); never a secret location. */
  @Column('jsonb') attributes: Record<string, unknown>;
  @Column('boolean') active: boolean;
  @VersionColumn() version: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
