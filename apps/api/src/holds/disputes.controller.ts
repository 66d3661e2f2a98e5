import {
  BadRequestException, ConflictException, Controller, ForbiddenException, Get, Headers, HttpCode, NotFoundException, Param, ParseUUIDPipe,
  PayloadTooLargeException, Post, Req, Res, UnauthorizedException,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AuthService } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/current-user.js';
import type { Role } from '../auth/role.js';
import { Roles } from '../auth/roles.decorator.js';
import { AppError } from '../common/errors.js';
import { DisputesService } from './disputes.service.js';
import { MAX_DOCUMENT_BYTES } from './document-type.js';

const DOCUMENT_ROLES: Role[] = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'];

/**
 * A dispute's documents: `POST /cases/:caseId/disputes/:disputeId/documents` takes one file as
 * `multipart/form-data` (field `file`; PDF, PNG or JPEG by its first bytes; at most 10 MB) and
 * answers with the stored document (id, sha256, size); `GET .../documents/:documentId` returns it.
 * Both need a Bearer token of someone who sees the case.
 */
@Controller('cases/:caseId/disputes/:disputeId/documents')
export class DisputesController {
  constructor(
    private readonly auth: AuthService,
    private readonly disputes: DisputesService,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...DOCUMENT_ROLES)
  async upload(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('disputeId', ParseUUIDPipe) disputeId: string,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: FastifyRequest,
  ): Promise<unknown> {
    const user = await this.allowed(authorization);
    if (!req.isMultipart?.()) throw new BadRequestException('Send the document as multipart/form-data in the field "file".');
    let file: MultipartFile | undefined;
    try {
      file = await req.file({ limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1 } });
    } catch (e) {
      throw new BadRequestException(`The upload could not be read: ${(e as Error).message}`);
    }
    if (!file || file.fieldname !== 'file') throw new BadRequestException('Send the document in the field "file".');
    const content = await file.toBuffer().catch((e: Error & { code?: string }) => {
      if (e.code === 'FST_REQ_FILE_TOO_LARGE') return null;
      throw new BadRequestException(`The upload could not be read: ${e.message}`);
    });
    if (!content || file.file.truncated) {
      throw new PayloadTooLargeException(`The file is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`);
    }
    try {
      const doc = await this.disputes.addDocument(user, caseId, disputeId, file.filename, content);
      return { ...doc, url: `/cases/${caseId}/disputes/${disputeId}/documents/${doc.id}` };
    } catch (e) {
      throw httpError(e);
    }
  }

  @Get(':documentId')
  @Roles(...DOCUMENT_ROLES)
  async download(
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Param('disputeId', ParseUUIDPipe) disputeId: string,
    @Param('documentId', ParseUUIDPipe) documentId: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const user = await this.allowed(authorization);
    const found = await this.disputes.document(user, caseId, disputeId, documentId).catch((e: unknown) => {
      throw httpError(e);
    });
    await res
      .header('Content-Type', found.record.contentType)
      .header('Content-Disposition', `attachment; filename="${found.record.fileName}"`)
      .header('X-Content-SHA256', found.record.sha256)
      .send(found.content);
  }

  private async allowed(authorization: string | undefined): Promise<AuthUser> {
    let user: AuthUser | null;
    try {
      user = await this.auth.authenticate(authorization);
    } catch {
      user = null;
    }
    if (!user || user.mustChangePassword) throw new UnauthorizedException('Sign in first: this needs a valid Bearer token.');
    if (!DOCUMENT_ROLES.includes(user.role)) throw new ForbiddenException(`Your role ${user.role} may not handle dispute documents.`);
    return user;
  }
}

function httpError(e: unknown): unknown {
  if (!(e instanceof AppError)) return e;
  switch (e.extensions.code) {
    case 'NOT_FOUND': return new NotFoundException(e.message);
    case 'FORBIDDEN': return new ForbiddenException(e.message);
    case 'CONFLICT': return new ConflictException(e.message);
    default: return new BadRequestException(e.message);
  }
}
