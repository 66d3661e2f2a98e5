import { Controller, Get, NotFoundException, Param, ParseUUIDPipe, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DownloadTickets } from '../auth/download-tickets.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseAccessService } from '../cases/case-access.service.js';
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
  ) {}

  @Get(':id.pdf')
  @Roles('COLLECTOR', 'LEAD', 'MANAGER', 'ADMIN')
  async pdf(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const user = await this.tickets.downloader(req);
    if (!user || user.mustChangePassword) throw new UnauthorizedException('Sign in to open letters.');
    const letter = await this.letters.pdf(id);
    const scope = await this.access.creditorScope(user);
    if (!letter || (scope && !scope.includes(letter.creditorId))) throw new NotFoundException(`Letter ${id} not found.`);
    await res
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `inline; filename="letter-${letter.writtenOn}-${id.slice(0, 8)}.pdf"`)
      .header('X-Content-SHA256', letter.pdfSha256)
      .send(letter.pdf);
  }
}
