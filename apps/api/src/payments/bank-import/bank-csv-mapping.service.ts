import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../../audit/audit.service.js';
import type { AuthUser } from '../../auth/current-user.js';
import { Clock } from '../../common/clock.js';
import { fill } from '@mahnwerk/domain';
import { badInput, notFound } from '../../common/errors.js';
import { ERROR_TEXTS } from '../../common/errors.i18n.js';
import type { BankCsvMappingInput } from './bank-csv-mapping.model.js';
import { BankCsvMappingRepository, type StoredCsvMapping } from './bank-csv-mapping.repository.js';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
import { mappingProblems, MAPPED_COLUMNS, type CsvMapping, type MappedColumn } from './csv-mapping.js';
import { isValidIban } from './statement-fields.js';

/**
 * Saved CSV column mappings, one per bank account: listed, created, changed and deleted with an
 * audit event each; and the mapping an import or preview asks for (saved by id, or given inline).
 */
@Injectable()
export class BankCsvMappingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly repository: BankCsvMappingRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<StoredCsvMapping[]> {
    return this.repository.list();
  }

  /** Creates a mapping, or replaces mapping `id` as a whole. */
  async save(user: AuthUser, input: BankCsvMappingInput, id: string | null): Promise<StoredCsvMapping> {
    if (id !== null) checkId(id, 'id');
    const mapping = csvMappingFrom(input);
    return this.db.transaction(async (manager) => {
      // The unique indexes on name and account IBAN stay the last word when two saves race.
      const before = id ? await this.repository.find(id, manager, true) : null;
      if (id && !before) throw notFound('Bank CSV mapping', id);
      const clash = await this.repository.clash(mapping, id, manager);
      if (clash === 'name') throw badInput(fill(T.mappingNameTaken, { name: mapping.name }), 'name');
      if (clash === 'accountIban') throw badInput(fill(T.mappingAccountTaken, { iban: mapping.accountIban ?? '' }), 'accountIban');
      const now = this.clock.now();
      const saved = before
        ? await this.repository.update(before.id, mapping, user.id, now, manager)
        : await this.repository.insert(mapping, user.id, now, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: before ? 'bank_csv_mapping.update' : 'bank_csv_mapping.create',
        entity: 'bank_csv_mapping', entityId: saved.id,
        before: before ? auditView(before) : null, after: auditView(saved),
      });
      return saved;
    }).catch((error: unknown) => {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw badInput(T.mappingSavedMeanwhile, 'name');
      }
      throw error;
    });
  }

  async delete(user: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (manager) => {
      const before = await this.repository.find(id, manager, true);
      if (!before) throw notFound('Bank CSV mapping', id);
      await this.repository.delete(id, manager);
      await this.audit.record(manager, {
        actorId: user.id, action: 'bank_csv_mapping.delete', entity: 'bank_csv_mapping', entityId: id,
        before: auditView(before), after: null,
      });
    });
  }

  /** The mapping a request names: a saved one by id, or one given inline (checked); null for neither. */
  async resolve(request: { mappingId?: string | null; mapping?: BankCsvMappingInput | null }): Promise<CsvMapping | null> {
    if (request.mappingId && request.mapping) {
      throw badInput(T.mappingEither, 'mapping');
    }
    if (request.mappingId) {
      checkId(request.mappingId, 'mappingId');
      const saved = await this.repository.find(request.mappingId);
      if (!saved) throw notFound('Bank CSV mapping', request.mappingId);
      return saved;
    }
    return request.mapping ? csvMappingFrom(request.mapping) : null;
  }
}

/** The input as a parser mapping, cleaned; the first problem refuses it, naming its field. */
export function csvMappingFrom(input: BankCsvMappingInput): CsvMapping {
  const text = (value: string | null | undefined) => {
    const clean = (value ?? '').replace(/\s+/g, ' ').trim();
    return clean ? clean : null;
  };
  const iban = (input.accountIban ?? '').replace(/\s+/g, '').toUpperCase() || null;
  if (iban && !isValidIban(iban)) throw badInput(fill(T.mappingAccountNotIban, { iban: input.accountIban ?? '' }), 'accountIban');
  const columns = Object.fromEntries(
    MAPPED_COLUMNS.map((c) => [c, text((input.columns as Partial<Record<MappedColumn, string | null>>)[c])]),
  ) as Record<MappedColumn, string | null>;
  const mapping: CsvMapping = {
    name: text(input.name) ?? '',
    accountIban: iban,
    delimiter: input.delimiter,
    decimalSeparator: input.decimalSeparator,
    dateFormat: input.dateFormat,
    headerLine: input.headerLine,
    defaultCurrency: columns.currency ? null : (text(input.defaultCurrency)?.toUpperCase() ?? null),
    columns,
  };
  const [problem] = mappingProblems(mapping);
  if (problem) throw badInput(problem.texts, problem.field);
  return mapping;
}

function checkId(id: string, field: string): void {
  if (!isUUID(id)) throw badInput(fill(ERROR_TEXTS.invalidId, { name: field, value: id }), field);
}

function auditView(m: StoredCsvMapping): Record<string, unknown> {
  const { updatedAt: _updatedAt, id: _id, ...rest } = m;
  return rest;
}

