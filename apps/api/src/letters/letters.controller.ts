import { Controller, Get, Param, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '../audit/audit.service.js';
import { DownloadTickets } from '../auth/download-tickets.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseAccessService } from '../cases/case-access.service.js';
import { httpErrorOf, notFound } from '../common/errors.js';
import { HttpUuidPipe } from '../common/uuid.pipe.js';
import { LettersService } from './letters.service.js';

/**
 * Serves a stored letter's PDF byte for byte, to whoever may see the creditor's cases: by Bearer token,
 * or by a download ticket (`?ticket=`, issueDownloadTicket) when opened as a link.
 */
@Controller('letters')
export class LettersController {
  constructor(
    private readonly tickets: DownloadTickets,
    private readonly access: CaseAccessService,
    private readonly letters: LettersService,
    private readonly audit: AuditService,
  ) {}

  @Get(':id.pdf')
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  async pdf(
    @Param('id', HttpUuidPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const user = await this.tickets.downloader(req);
    if (!user || user.mustChangePassword) throw new UnauthorizedException('Sign in to open letters.');
    const letter = await this.letters.pdf(id);
    const scope = await this.access.creditorScope(user);
    // Outside the caller's creditors it answers as a missing letter does.
    if (!letter || (scope && !scope.includes(letter.creditorId))) throw httpErrorOf(notFound('Letter', id));
    await this.audit.recordDebtorRead(user.id, { debtorId: letter.debtorId, letterId: id, via: 'letter' });
    await res
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `inline; filename="letter-${letter.writtenOn}-${id.slice(0, 8)}.pdf"`)
      .header('X-Content-SHA256', letter.pdfSha256)
      .send(letter.pdf);
  }
}
