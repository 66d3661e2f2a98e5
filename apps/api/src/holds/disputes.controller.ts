import { Controller, ForbiddenException, Get, Headers, HttpCode, Param, Post, Req, Res, UnauthorizedException } from '@nestjs/common';
import { HttpUuidPipe } from '../common/uuid.pipe.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthService } from '../auth/auth.service.js';
import { portalTokenOf } from '../auth/portal-caller.js';
import type { AuthUser } from '../auth/current-user.js';
import type { Role } from '../auth/role.js';
import { Roles } from '../auth/roles.decorator.js';
import { DisputesService } from './disputes.service.js';
import { documentHttpError, readDocumentUpload } from './document-upload.js';

const DOCUMENT_ROLES: Role[] = ['COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN'];

/**
 * A dispute's documents: `POST /cases/:caseId/disputes/:disputeId/documents` takes one file as
 * `multipart/form-data` (field `file`; PDF, PNG or JPEG by its first bytes; at most 10 MB) and
 * answers with the stored document (id, sha256, size); `GET .../documents/:documentId` returns it.
 * Both need a staff Bearer token of someone who sees the case (a portal session token is refused with 403;
 * debtors upload through `POST /portal/dispute/documents`).
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
    @Param('caseId', HttpUuidPipe) caseId: string,
    @Param('disputeId', HttpUuidPipe) disputeId: string,
    @Headers('authorization') authorization: string | undefined,
    @Req() req: FastifyRequest,
  ): Promise<unknown> {
    const user = await this.allowed(authorization);
    const { fileName, content } = await readDocumentUpload(req);
    try {
      const doc = await this.disputes.addDocument(user, caseId, disputeId, fileName, content);
      return { ...doc, url: `/cases/${caseId}/disputes/${disputeId}/documents/${doc.id}` };
    } catch (e) {
      throw documentHttpError(e);
    }
  }

  @Get(':documentId')
  @Roles(...DOCUMENT_ROLES)
  async download(
    @Param('caseId', HttpUuidPipe) caseId: string,
    @Param('disputeId', HttpUuidPipe) disputeId: string,
    @Param('documentId', HttpUuidPipe) documentId: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const user = await this.allowed(authorization);
    const found = await this.disputes.document(user, caseId, disputeId, documentId).catch((e: unknown) => {
      throw documentHttpError(e);
    });
    await res
      .header('Content-Type', found.record.contentType)
      .header('Content-Disposition', `attachment; filename="${found.record.fileName}"`)
      .header('X-Content-SHA256', found.record.sha256)
      .send(found.content);
  }

  private async allowed(authorization: string | undefined): Promise<AuthUser> {
    if (portalTokenOf(authorization)) throw new ForbiddenException('This is a staff route; a portal session token cannot call it.');
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
