import { Controller, ForbiddenException, Headers, HttpCode, Post, Req, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { portalTokenOf, type PortalCaller } from '../auth/portal-caller.js';
import { PortalSessions } from '../auth/portal-sessions.service.js';
import { Portal } from '../auth/roles.decorator.js';
import { documentHttpError, readDocumentUpload } from '../holds/document-upload.js';
import { PortalService, type PortalDisputeDocument } from './portal.service.js';

/**
 * The debtor's documents for their dispute: `POST /portal/dispute/documents` takes one file as
 * `multipart/form-data` (field `file`; PDF, PNG or JPEG by its first bytes; at most 10 MB) with the
 * portal session token as Bearer, and attaches it to the open dispute of the session's case
 * (404 when there is none, 409 when the same file is attached already). A staff token is refused with 403.
 */
@Controller('portal/dispute/documents')
export class PortalDocumentsController {
  constructor(
    private readonly sessions: PortalSessions,
    private readonly portal: PortalService,
  ) {}

  @Post()
  @HttpCode(201)
  @Portal()
  async upload(@Headers('authorization') authorization: string | undefined, @Req() req: FastifyRequest): Promise<PortalDisputeDocument> {
    const caller = await this.caller(authorization);
    const { fileName, content } = await readDocumentUpload(req);
    try {
      return await this.portal.addDisputeDocument(caller, fileName, content);
    } catch (e) {
      throw documentHttpError(e);
    }
  }

  private async caller(authorization: string | undefined): Promise<PortalCaller> {
    if (authorization && !portalTokenOf(authorization)) {
      throw new ForbiddenException('This is a debtor portal route; staff tokens cannot call it.');
    }
    let caller: PortalCaller | null;
    try {
      caller = await this.sessions.authenticate(authorization);
    } catch {
      caller = null;
    }
    if (!caller) throw new UnauthorizedException('Sign in to the portal first: this needs a portal session token.');
    return caller;
  }
}
