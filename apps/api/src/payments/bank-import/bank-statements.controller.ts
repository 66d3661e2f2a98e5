import {
  BadRequestException, ConflictException, Controller, ForbiddenException, Headers, HttpCode, PayloadTooLargeException, Post, Req,
  UnauthorizedException,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AuthService } from '../../auth/auth.service.js';
import type { AuthUser } from '../../auth/current-user.js';
import type { Role } from '../../auth/role.js';
import { Roles } from '../../auth/roles.decorator.js';
import { AppError } from '../../common/errors.js';
import type { BankCsvMappingInput, BankStatementPreviewModel } from './bank-csv-mapping.model.js';
import type { BankImportResultModel } from './bank-import.model.js';
import { BankImportService, MAX_STATEMENT_BYTES } from './bank-import.service.js';
import { CSV_DATE_FORMATS, CSV_DELIMITERS, DECIMAL_SEPARATORS, MAPPED_COLUMNS } from './csv-mapping.js';
import type { StatementSource } from './statement-line.js';

const STATEMENT_ROLES: Role[] = ['LEAD', 'ADMIN'];
const FORMATS: Record<string, StatementSource> = { camt053: 'CAMT053', csv: 'CSV' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const keys = <T extends object>(o: T) => Object.keys(o) as [keyof T & string, ...(keyof T & string)[]];
/** The `mapping` field: a column mapping given with the upload (not saved), as BankCsvMappingInput in JSON. */
const MAPPING_FIELD = z.object({
  name: z.string().max(200),
  accountIban: z.string().max(64).nullish(),
  delimiter: z.enum(keys(CSV_DELIMITERS)),
  decimalSeparator: z.enum(keys(DECIMAL_SEPARATORS)),
  dateFormat: z.enum(keys(CSV_DATE_FORMATS)),
  headerLine: z.number().int().default(1),
  defaultCurrency: z.string().max(8).nullish(),
  columns: z.object(Object.fromEntries(MAPPED_COLUMNS.map((c) => [c, z.string().max(200).nullish()]))),
}).strict();

/** A statement upload as read from the multipart body. */
interface StatementUpload {
  fileName: string;
  bytes: Buffer;
  format: string | null;
  mappingId: string | null;
  mapping: string | null;
  accountIban: string | null;
  limit: string | null;
}

/**
 * `POST /bank-statements`: imports a bank statement sent as `multipart/form-data` with the fields
 * `format` (`camt053` or `csv`), optionally `mappingId` (a saved CSV column mapping) or `mapping` (a
 * mapping given with the upload, BankCsvMappingInput as JSON), `accountIban` (the agency's own
 * account the statement is for, needed when neither the file nor its mapping names one), and the
 * file in `file` (at most 5 MB; UTF-8, or Windows-1252 when the bytes are not UTF-8). Answers with the
 * importBankStatement result as JSON; the same rules apply (own accounts, review of possible double
 * bookings). Refusals: 400 with the message, 413 for a file over 5 MB, 401/403 as for the mutation (LEAD, ADMIN).
 *
 * `POST /bank-statements/preview`: the same fields (without `accountIban`, plus `limit`, rows to
 * return, 1..200, default 20), answering previewBankStatement's result as JSON; imports nothing.
 */
@Controller('bank-statements')
export class BankStatementsController {
  constructor(
    private readonly auth: AuthService,
    private readonly imports: BankImportService,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles(...STATEMENT_ROLES)
  async upload(@Req() req: FastifyRequest, @Headers('authorization') authorization: string | undefined): Promise<BankImportResultModel> {
    const user = await this.allowed(authorization);
    const upload = await readStatementUpload(req);
    const format = formatOf(upload);
    return refusalsAsHttp(() => this.imports.import(user, {
      format, content: decodeStatement(upload.bytes), fileName: upload.fileName, mappingId: upload.mappingId,
      mapping: mappingOf(upload.mapping), accountIban: upload.accountIban,
    }));
  }

  @Post('preview')
  @HttpCode(200)
  @Roles(...STATEMENT_ROLES)
  async preview(@Req() req: FastifyRequest, @Headers('authorization') authorization: string | undefined): Promise<BankStatementPreviewModel> {
    await this.allowed(authorization);
    const upload = await readStatementUpload(req);
    const format = formatOf(upload);
    const limit = upload.limit === null ? 20 : Number(upload.limit);
    return refusalsAsHttp(() => this.imports.preview({
      format, content: decodeStatement(upload.bytes), mappingId: upload.mappingId, mapping: mappingOf(upload.mapping), limit,
    }));
  }

  private async allowed(authorization: string | undefined): Promise<AuthUser> {
    let user: AuthUser | null;
    try {
      user = await this.auth.authenticate(authorization);
    } catch {
      user = null;
    }
    if (!user || user.mustChangePassword) throw new UnauthorizedException('Sign in first: this needs a valid Bearer token.');
    if (!STATEMENT_ROLES.includes(user.role)) {
      throw new ForbiddenException(`Your role ${user.role} may not import bank statements; it needs LEAD or ADMIN.`);
    }
    return user;
  }
}

/** The statement's format from the field "format", and a well-formed mappingId; 400 otherwise. */
function formatOf(upload: StatementUpload): StatementSource {
  const format = FORMATS[(upload.format ?? '').trim().toLowerCase()];
  if (!format) throw new BadRequestException('Say the statement\'s format in the field "format": camt053 or csv.');
  if (upload.mappingId !== null && !UUID.test(upload.mappingId)) throw new BadRequestException('mappingId must be the id of a saved mapping (a UUID).');
  return format;
}

/** The service's refusals (AppError) as HTTP answers: CONFLICT 409, FORBIDDEN 403, the others 400 with code and field. */
async function refusalsAsHttp<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    if (e.extensions.code === 'CONFLICT') throw new ConflictException(e.message);
    if (e.extensions.code === 'FORBIDDEN') throw new ForbiddenException(e.message);
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: e.message, code: e.extensions.code, field: e.extensions.field });
  }
}

/** The fields and the one file of the upload; the file is cut off past MAX_STATEMENT_BYTES and refused with 413. */
async function readStatementUpload(req: FastifyRequest): Promise<StatementUpload> {
  if (!req.isMultipart?.()) {
    throw new BadRequestException('Send the statement as multipart/form-data: the fields "format" (and "mappingId", "mapping", "accountIban"), the file in "file".');
  }
  const upload: StatementUpload = {
    fileName: '', bytes: Buffer.alloc(0), format: null, mappingId: null, mapping: null, accountIban: null, limit: null,
  };
  let sawFile = false;
  try {
    for await (const part of req.parts({ limits: { fileSize: MAX_STATEMENT_BYTES, files: 1, fields: 8, fieldSize: 16 * 1024 } })) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          throw new BadRequestException('Send the statement in the field "file".');
        }
        upload.fileName = part.filename;
        upload.bytes = await part.toBuffer();
        if (part.file.truncated) throw new PayloadTooLargeException(`The file is larger than ${MAX_STATEMENT_BYTES / 1024 / 1024} MB; split the statement.`);
        sawFile = true;
      } else if (part.fieldname === 'format') {
        upload.format = String(part.value);
      } else if (part.fieldname === 'mappingId') {
        upload.mappingId = String(part.value).trim() || null;
      } else if (part.fieldname === 'mapping') {
        upload.mapping = String(part.value).trim() || null;
      } else if (part.fieldname === 'accountIban') {
        upload.accountIban = String(part.value).trim() || null;
      } else if (part.fieldname === 'limit') {
        upload.limit = String(part.value).trim() || null;
      }
    }
  } catch (e) {
    if (e instanceof BadRequestException || e instanceof PayloadTooLargeException) throw e;
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new PayloadTooLargeException(`The file is larger than ${MAX_STATEMENT_BYTES / 1024 / 1024} MB; split the statement.`);
    }
    throw new BadRequestException(`The upload could not be read: ${(e as Error).message}`);
  }
  if (!sawFile) throw new BadRequestException('Send the statement in the field "file".');
  return upload;
}

/** The `mapping` field as the mutation's BankCsvMappingInput; 400 when it is not one. */
function mappingOf(text: string | null): BankCsvMappingInput | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BadRequestException('mapping must be a column mapping in JSON (the fields of BankCsvMappingInput).');
  }
  const parsed = MAPPING_FIELD.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BadRequestException(`mapping.${issue.path.join('.')}: ${issue.message}`);
  }
  // The columns are checked by the import as for the mutation (csvMappingFrom names a missing one).
  return parsed.data as unknown as BankCsvMappingInput;
}

/**
 * The file's text: UTF-8 as the formats ask, but many bank exports are still Windows-1252 (Latin-1
 * umlauts); bytes that are not valid UTF-8 are read as Windows-1252 (as the web app does for the GraphQL route).
 */
export function decodeStatement(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
