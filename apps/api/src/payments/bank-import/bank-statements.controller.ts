import { Controller, Headers, HttpCode, HttpException, Post, Req } from '@nestjs/common';
import { fill, untranslated, type LocalizedText } from '@mahnwerk/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AuthService } from '../../auth/auth.service.js';
import type { AuthUser } from '../../auth/current-user.js';
import type { Role } from '../../auth/role.js';
import { Roles } from '../../auth/roles.decorator.js';
import { AppHttpError, forbidden, httpErrorOf, unauthenticated } from '../../common/errors.js';
import { languageOfHeader } from '../../common/request-language.js';
import { BANK_IMPORT_TEXTS as T } from './bank-import.i18n.js';
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
    }, languageOfHeader(req.headers['accept-language'])));
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
    }, languageOfHeader(req.headers['accept-language'])));
  }

  private async allowed(authorization: string | undefined): Promise<AuthUser> {
    let user: AuthUser | null;
    try {
      user = await this.auth.authenticate(authorization);
    } catch {
      user = null;
    }
    if (!user || user.mustChangePassword) throw httpErrorOf(unauthenticated());
    if (!STATEMENT_ROLES.includes(user.role)) throw httpErrorOf(forbidden(fill(T.roleMayNotImport, { role: user.role })));
    return user;
  }
}

/** The statement's format from the field "format", and a well-formed mappingId; 400 otherwise. */
function formatOf(upload: StatementUpload): StatementSource {
  const format = FORMATS[(upload.format ?? '').trim().toLowerCase()];
  if (!format) throw badRequest(T.sayFormat);
  if (upload.mappingId !== null && !UUID.test(upload.mappingId)) throw badRequest(T.mappingIdNotUuid);
  return format;
}

/** A 400 answer whose message the error filter puts in the request's language. */
function badRequest(texts: LocalizedText): AppHttpError {
  return new AppHttpError({ statusCode: 400, error: 'Bad Request', message: texts.en }, 400, texts);
}

/** A 413 answer: the file is over MAX_STATEMENT_BYTES. */
function tooLarge(): AppHttpError {
  const texts = fill(T.uploadTooLarge, { max: MAX_STATEMENT_BYTES / 1024 / 1024 });
  return new AppHttpError({ statusCode: 413, error: 'Payload Too Large', message: texts.en }, 413, texts);
}

/**
 * The service's refusals (AppError) as HTTP answers: CONFLICT 409, FORBIDDEN 403, NOT_FOUND 404, the others
 * 400, each with code and field and the message in the request's language.
 */
async function refusalsAsHttp<R>(run: () => Promise<R>): Promise<R> {
  try {
    return await run();
  } catch (e) {
    throw httpErrorOf(e);
  }
}

/** The fields and the one file of the upload; the file is cut off past MAX_STATEMENT_BYTES and refused with 413. */
async function readStatementUpload(req: FastifyRequest): Promise<StatementUpload> {
  if (!req.isMultipart?.()) {
    throw badRequest(T.sendMultipart);
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
          throw badRequest(T.sendInFileField);
        }
        upload.fileName = part.filename;
        upload.bytes = await part.toBuffer();
        if (part.file.truncated) throw tooLarge();
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
    if (e instanceof HttpException) throw e;
    if ((e as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw badRequest(fill(T.uploadUnreadable, { reason: untranslated((e as Error).message) }));
  }
  if (!sawFile) throw badRequest(T.sendInFileField);
  return upload;
}

/** The `mapping` field as the mutation's BankCsvMappingInput; 400 when it is not one. */
function mappingOf(text: string | null): BankCsvMappingInput | null {
  if (text === null) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw badRequest(T.mappingNotJson);
  }
  const parsed = MAPPING_FIELD.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw badRequest(untranslated(`mapping.${issue.path.join('.')}: ${issue.message}`));
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
