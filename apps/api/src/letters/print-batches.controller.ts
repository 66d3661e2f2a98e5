import { Controller, ForbiddenException, Get, Headers, NotFoundException, Param, ParseUUIDPipe, Query, Res, UnauthorizedException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AuthService } from '../auth/auth.service.js';
import type { AuthUser } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { PRINT_BATCH_ROLES } from './print-batches.resolver.js';
import { PrintBatchesRepository } from './print-batches.repository.js';

/**
 * A print batch's files, the same bytes every time: `GET /print-batches/:id.pdf` (the merged letters)
 * and `GET /print-batches/:id.csv` (the manifest). Leads and admins, by Bearer token or `?token=`.
 */
@Controller('print-batches')
export class PrintBatchesController {
  constructor(
    private readonly auth: AuthService,
    private readonly batches: PrintBatchesRepository,
  ) {}

  @Get(':id.pdf')
  @Roles(...PRINT_BATCH_ROLES)
  async pdf(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('authorization') authorization: string | undefined,
    @Query('token') token: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, 'pdf', authorization ?? token, res);
  }

  @Get(':id.csv')
  @Roles(...PRINT_BATCH_ROLES)
  async manifest(
    @Param('id', ParseUUIDPipe) id: string,
    @Headers('authorization') authorization: string | undefined,
    @Query('token') token: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.sendFile(id, 'manifest', authorization ?? token, res);
  }

  private async sendFile(id: string, kind: 'pdf' | 'manifest', credential: string | undefined, res: FastifyReply): Promise<void> {
    await this.allowed(credential);
    const file = await this.batches.file(id, kind);
    if (!file) throw new NotFoundException(`Print batch ${id} not found.`);
    const [contentType, extension] = kind === 'pdf' ? ['application/pdf', 'pdf'] : ['text/csv; charset=utf-8', 'csv'];
    await res
      .header('Content-Type', contentType)
      .header('Content-Disposition', `attachment; filename="print-batch-${file.batchDate}.${extension}"`)
      .header('X-Content-SHA256', file.sha256)
      .send(file.data);
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
