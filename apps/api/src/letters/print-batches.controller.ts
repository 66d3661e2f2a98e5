import {
  ConflictException, Controller, ForbiddenException, Get, Headers, NotFoundException, Param, ParseIntPipe, Query, Res,
  UnauthorizedException,
} from '@nestjs/common';
import { HttpUuidPipe } from '../common/uuid.pipe.js';
import type { FastifyReply } from 'fastify';
import { AuthService } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { PRINT_BATCH_ROLES, printPartUrl } from './print-batches.resolver.js';
import { PrintBatchesService } from './print-batches.service.js';

type Kind = 'pdf' | 'manifest';

/**
 * A print batch's files, the same bytes every time (`X-Content-SHA256`): each part's merged PDF
 * `GET /print-batches/:id/parts/:part.pdf` (streamed, merged from its letters' own PDFs as it goes out)
 * and its manifest `GET /print-batches/:id/parts/:part.csv`. A batch of one part keeps its links
 * `GET /print-batches/:id.pdf` and `.csv`. Leads and admins, by Bearer token or `?token=`.
 */
@Controller('print-batches')
export class PrintBatchesController {
  constructor(
    private readonly auth: AuthService,
    private readonly batches: PrintBatchesService,
  ) {}

  @Get(':id.pdf')
  @Roles(...PRINT_BATCH_ROLES)
  async pdf(
    @Param('id', HttpUuidPipe) id: string,
    @Headers('authorization') authorization: string | undefined,
    @Query('token') token: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, null, 'pdf', authorization ?? token, res);
  }

  @Get(':id.csv')
  @Roles(...PRINT_BATCH_ROLES)
  async manifest(
    @Param('id', HttpUuidPipe) id: string,
    @Headers('authorization') authorization: string | undefined,
    @Query('token') token: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, null, 'manifest', authorization ?? token, res);
  }

  @Get(':id/parts/:part.pdf')
  @Roles(...PRINT_BATCH_ROLES)
  async partPdf(
    @Param('id', HttpUuidPipe) id: string,
    @Param('part', ParseIntPipe) part: number,
    @Headers('authorization') authorization: string | undefined,
    @Query('token') token: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, part, 'pdf', authorization ?? token, res);
  }

  @Get(':id/parts/:part.csv')
  @Roles(...PRINT_BATCH_ROLES)
  async partManifest(
    @Param('id', HttpUuidPipe) id: string,
    @Param('part', ParseIntPipe) part: number,
    @Headers('authorization') authorization: string | undefined,
    @Query('token') token: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, part, 'manifest', authorization ?? token, res);
  }

  /** `part` null: the batch's own link, which only a batch of one part has. */
  private async sendFile(id: string, part: number | null, kind: Kind, credential: string | undefined, res: FastifyReply): Promise<void> {
    await this.allowed(credential);
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

  private async allowed(credential: string | undefined): Promise<AuthUser> {
    let user: AuthUser | null;
    try {
      user = await this.auth.authenticate(credential);
    } catch {
      user = null;
    }
    if (!user || user.mustChangePassword) throw new UnauthorizedException('Sign in first: this needs a valid Bearer token.');
    if (!(PRINT_BATCH_ROLES as readonly string[]).includes(user.role)) {
      throw new ForbiddenException(`Your role ${user.role} may not download print batches; it needs LEAD or ADMIN.`);
    }
    return user;
  }
}
