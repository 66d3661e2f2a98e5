import {
  ConflictException, Controller, ForbiddenException, Get, NotFoundException, Param, ParseIntPipe, Req, Res,
  UnauthorizedException,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { HttpUuidPipe } from '../common/uuid.pipe.js';
import type { AuthUser } from '../auth/current-user.js';
import { DownloadTickets } from '../auth/download-tickets.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { PRINT_BATCH_ROLES, printPartUrl } from './print-batches.resolver.js';
import { PrintBatchesService } from './print-batches.service.js';

type Kind = 'pdf' | 'manifest';

/**
 * A print batch's files, the same bytes every time (`X-Content-SHA256`): each part's merged PDF
 * `GET /print-batches/:id/parts/:part.pdf` (streamed, merged from its letters' own PDFs as it goes out)
 * and its manifest `GET /print-batches/:id/parts/:part.csv`. A batch of one part keeps its links
 * `GET /print-batches/:id.pdf` and `.csv`. Leads and admins, by Bearer token or a download ticket (`?ticket=`,
 * issueDownloadTicket).
 */
@Controller('print-batches')
export class PrintBatchesController {
  constructor(
    private readonly tickets: DownloadTickets,
    private readonly batches: PrintBatchesService,
  ) {}

  @Get(':id.pdf')
  @Roles(...PRINT_BATCH_ROLES)
  async pdf(
    @Param('id', HttpUuidPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, null, 'pdf', req, res);
  }

  @Get(':id.csv')
  @Roles(...PRINT_BATCH_ROLES)
  async manifest(
    @Param('id', HttpUuidPipe) id: string,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, null, 'manifest', req, res);
  }

  @Get(':id/parts/:part.pdf')
  @Roles(...PRINT_BATCH_ROLES)
  async partPdf(
    @Param('id', HttpUuidPipe) id: string,
    @Param('part', ParseIntPipe) part: number,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, part, 'pdf', req, res);
  }

  @Get(':id/parts/:part.csv')
  @Roles(...PRINT_BATCH_ROLES)
  async partManifest(
    @Param('id', HttpUuidPipe) id: string,
    @Param('part', ParseIntPipe) part: number,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, part, 'manifest', req, res);
  }

  /** `part` null: the batch's own link, which only a batch of one part has. */
  private async sendFile(id: string, part: number | null, kind: Kind, req: FastifyRequest, res: FastifyReply): Promise<void> {
    await this.allowed(req);
    const file = await this.batches.partFile(id, part ?? 1, kind);
    if (!file) throw new NotFoundException(part === null ? `Print batch ${id} not found.` : `Print batch ${id} has no part ${part}.`);
    const extension = kind === 'pdf' ? 'pdf' : 'csv';
    if (part === null && file.parts > 1) {
      throw new ConflictException(
        `Print batch ${id} has ${file.parts} parts: download each, from ${printPartUrl(id, 1, extension)} to ${printPartUrl(id, file.parts, extension)}.`,
      );
    }
    const name = file.parts > 1 ? `print-batch-${file.batchDate}-part-${part}-of-${file.parts}` : `print-batch-${file.batchDate}`;
    await res
      .header('Content-Type', kind === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${name}.${extension}"`)
      .header('X-Content-SHA256', file.sha256)
      .send(file.body);
  }

  private async allowed(req: FastifyRequest): Promise<AuthUser> {
    const user = await this.tickets.downloader(req);
    if (!user || user.mustChangePassword) throw new UnauthorizedException('Sign in first: this needs a valid Bearer token.');
    if (!(PRINT_BATCH_ROLES as readonly string[]).includes(user.role)) {
      throw new ForbiddenException(`Your role ${user.role} may not download print batches; it needs LEAD or ADMIN.`);
    }
    return user;
  }
}
