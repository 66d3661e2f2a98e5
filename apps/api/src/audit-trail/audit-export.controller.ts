import { Controller, ForbiddenException, Get, Param, Query, Req, Res, UnauthorizedException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/current-user.js';
import { DownloadTickets } from '../auth/download-tickets.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { badInput, httpErrorOf } from '../common/errors.js';
import { HttpUuidPipe } from '../common/uuid.pipe.js';
import { AuditTrailService, type AuditExportFormat } from './audit-trail.service.js';

const FORMATS: Record<string, { format: AuditExportFormat; contentType: string }> = {
  csv: { format: 'csv', contentType: 'text/csv; charset=utf-8' },
  json: { format: 'json', contentType: 'application/json; charset=utf-8' },
};

/**
 * `GET /audit/export.csv|json?creditorId=&from=YYYY-MM-DD&to=YYYY-MM-DD`: a creditor's audit trail for
 * a period with its hash chain, as a download (admins; Bearer token or a download ticket `?ticket=` from issueDownloadTicket; never cached).
 */
@Controller('audit')
export class AuditExportController {
  constructor(
    private readonly tickets: DownloadTickets,
    private readonly trail: AuditTrailService,
  ) {}

  @Get('export.:format')
  @Roles('ADMIN')
  async export(
    @Param('format') format: string,
    @Query('creditorId', HttpUuidPipe) creditorId: string,
    @Query('from') from: string | undefined,
    @Query('to') to: string | undefined,
    @Req() req: FastifyRequest,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const user = await this.allowed(req);
    const kind = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
    try {
      if (!kind) throw badInput(`Export as csv or json, not ${format}.`, 'format');
      const file = await this.trail.export(user, creditorId, from ?? '', to ?? '', kind.format);
      await res
        .header('Content-Type', kind.contentType)
        .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
        .header('Cache-Control', 'no-store')
        .send(file.body);
    } catch (e) {
      throw httpErrorOf(e);
    }
  }

  private async allowed(req: FastifyRequest): Promise<AuthUser> {
    const user = await this.tickets.downloader(req);
    if (!user || user.mustChangePassword) throw new UnauthorizedException('Sign in first: this needs a valid Bearer token.');
    if (user.role !== 'ADMIN') throw new ForbiddenException(`Your role ${user.role} may not export the audit trail; it needs ADMIN.`);
    return user;
  }
}
