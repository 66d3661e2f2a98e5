import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ContactDirection, DunningStage, OutcomeType } from '@mahnwerk/domain';
import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role.js';
import { noteColumns, type ActivityNote } from '../common/activity-note.js';
import type { Queryable } from '../database/queryable.js';
import type { CaseUserRecord } from './cases.repository.js';

/** The activity channels. */
export type Channel = 'PHONE' | 'LETTER' | 'EMAIL' | 'SMS' | 'PORTAL' | 'IN_PERSON' | 'SYSTEM' | 'NOTE';

/** Channels whose entries are no contact: they have no direction. */
const NO_CONTACT_CHANNELS: readonly Channel[] = ['SYSTEM', 'NOTE'];

/** One entry of a case's timeline, before the service words the system entries. */
export interface ActivityRecord {
  id: string;
  caseId: string;
  channel: Channel;
  /** null for notes and system entries. */
  direction: ContactDirection | null;
  outcome: OutcomeType | null;
  /** As stored: the English of a system entry, a person's words as written. */
  note: string;
  /** A system entry's words in every language (activities.note_texts); null for a person's note and older entries. */
  noteTexts: unknown;
  occurredAt: Date;
  actor: CaseUserRecord | null;
}
interface ActivityRow {
  id: string; case_id: string; channel: Channel; direction: ContactDirection | null; outcome: OutcomeType | null; note: string; note_texts: unknown; occurred_at: Date;
  actor_id: string | null;
  actor_email: string | null; actor_name: string | null; actor_role: Role | null; actor_capacity: number | null;
  actor_team_id: string | null; actor_team_name: string | null;
}
export interface DunningStepRecord {
  id: string;
  caseId: string;
  toStage: DunningStage;
  feeCents: number;
  currency: string;
  steppedOn: string;
  createdAt: Date;
}
export interface BrokenPromiseRecord {
  id: string;
  caseId: string;
  amountCents: number;
  currency: string;
  dueDate: string;
  installment: number | null;
  resolvedAt: Date;
}

/** A new activity row (every column, `handling_seconds` too). */
export interface NewActivity {
  caseId: string;
  actorId: string | null;
  channel: Channel;
  outcome: OutcomeType | null;
  /** The system's sentence in every language, or a person's words (a plain string). */
  note: ActivityNote;
  occurredAt: Date;
  handlingSeconds: number | null;
  /** null for a note or a system entry. */
  direction: ContactDirection | null;
  /** The conversation this entry belongs to (shared by the cases one contact was recorded on); null = none. */
  contactId: string | null;
}


/** The records of each of `caseIds`, in the order read (every case has a list, maybe empty). */
function byCase<T extends { caseId: string }>(caseIds: readonly string[], records: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>(caseIds.map((id) => [id, []]));
  for (const r of records) out.get(r.caseId)?.push(r);
  return out;
}

/** Cases' timelines: activities (read and written), the dunning run's steps and the promises it broke. */
@Injectable()
export class CaseTimelineRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The cases' activities (contacts, letters, notes) with their actors, per case. */
  async activitiesOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, ActivityRecord[]>> {
    const rows: ActivityRow[] = await tx.query(
      `SELECT a.id, a.case_id, a.channel, a.direction, a.outcome, a.note, a.note_texts, a.occurred_at, a.actor_id,
              u.email AS actor_email, u.name AS actor_name, u.role AS actor_role, u.capacity AS actor_capacity,
              u.team_id AS actor_team_id, t.name AS actor_team_name
         FROM activities a LEFT JOIN users u ON u.id = a.actor_id LEFT JOIN teams t ON t.id = u.team_id
        WHERE a.case_id = ANY($1::uuid[])`,
      [caseIds],
    );
    return byCase(caseIds, rows.map((r) => ({
      id: r.id, caseId: r.case_id, channel: r.channel,
      direction: NO_CONTACT_CHANNELS.includes(r.channel) ? null : r.direction, outcome: r.outcome, note: r.note, noteTexts: r.note_texts,
      occurredAt: r.occurred_at,
      actor: r.actor_id === null ? null : {
        id: r.actor_id, email: r.actor_email!, name: r.actor_name!, role: r.actor_role!, capacity: r.actor_capacity!,
        teamId: r.actor_team_id, team: r.actor_team_id === null ? null : { id: r.actor_team_id, name: r.actor_team_name! },
      },
    })));
  }

  /** The dunning run's stage steps of a case (kept in dunning_steps), with when their run started. */
  async dunningStepsOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, DunningStepRecord[]>> {
    const rows: { id: string; case_id: string; to_stage: DunningStage; fee_cents: number; currency: string; stepped_on: string; created: Date }[] =
      await tx.query(
        `SELECT s.id, s.case_id, s.to_stage, s.fee_cents, c.currency, s.stepped_on, r.started_at AS created
           FROM dunning_steps s JOIN dunning_runs r ON r.id = s.run_id JOIN cases c ON c.id = s.case_id
          WHERE s.case_id = ANY($1::uuid[])`,
        [caseIds],
      );
    return byCase(caseIds, rows.map((s) => ({
      id: s.id, caseId: s.case_id, toStage: s.to_stage, feeCents: Number(s.fee_cents), currency: s.currency, steppedOn: s.stepped_on, createdAt: s.created,
    })));
  }

  /** The promises of cases marked as broken, with the case's currency, per case. */
  async brokenPromisesOfCases(caseIds: readonly string[], tx: Queryable = this.db): Promise<Map<string, BrokenPromiseRecord[]>> {
    const rows: { id: string; case_id: string; amount_cents: number; currency: string; due_date: string; installment: number | null; resolved_at: Date }[] =
      await tx.query(
        `SELECT p.id, p.case_id, p.amount_cents, c.currency, p.due_date, p.installment, p.resolved_at
           FROM promises p JOIN cases c ON c.id = p.case_id
          WHERE p.case_id = ANY($1::uuid[]) AND p.status = 'BROKEN'`,
        [caseIds],
      );
    return byCase(caseIds, rows.map((p) => ({
      id: p.id, caseId: p.case_id, amountCents: Number(p.amount_cents), currency: p.currency, dueDate: p.due_date, installment: p.installment,
      resolvedAt: p.resolved_at,
    })));
  }

  /** The cases (of `caseIds`) that already have an entry of the conversation: a retried request. */
  async casesWithContact(contactId: string, caseIds: readonly string[], tx: Queryable): Promise<string[]> {
    const rows: { case_id: string }[] = await tx.query(
      'SELECT case_id FROM activities WHERE contact_id = $1 AND case_id = ANY($2::uuid[])',
      [contactId, caseIds],
    );
    return rows.map((r) => r.case_id);
  }

  /** Writes an activity (every column) and returns its id. */
  async insertActivity(a: NewActivity, tx: Queryable): Promise<string> {
    const { note, noteTexts } = noteColumns(a.note);
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO activities (case_id, actor_id, channel, outcome, note, note_texts, occurred_at, handling_seconds, direction, contact_id)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10) RETURNING id`,
      [a.caseId, a.actorId, a.channel, a.outcome, note, noteTexts, a.occurredAt, a.handlingSeconds, a.direction, a.contactId],
    );
    return row!.id;
  }
}
