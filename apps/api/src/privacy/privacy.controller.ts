import { Controller, ForbiddenException, Get, Headers, NotFoundException, Param, Res, UnauthorizedException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { AuthService } from '../auth/auth.service.js';
import { Roles } from '../auth/roles.decorator.js';
import { AppError } from '../common/errors.js';
import { renderExportPdf } from './export-pdf.js';
import { PrivacyService } from './privacy.service.js';
import { HttpUuidPipe } from '../common/uuid.pipe.js';

/**
 * `GET /privacy/debtors/:debtorId/export.pdf`: the readable PDF of everything held on the debtor
 * (Art. 15 GDPR), for an admin's Bearer token only; `Cache-Control: no-store`. Recorded as a request.
 */
@Controller('privacy/debtors')
export class PrivacyController {
  constructor(
    private readonly auth: AuthService,
    private readonly privacy: PrivacyService,
  ) {}

  @Get(':debtorId/export.pdf')
  @Roles('ADMIN')
  async exportPdf(
    @Param('debtorId', HttpUuidPipe) debtorId: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    let user;
    try {
      user = await this.auth.authenticate(authorization);
    } catch {
      user = null;
    }
    if (!user || user.mustChangePassword) throw new UnauthorizedException('Sign in as an admin to export a debtor\'s data.');
    if (user.role !== 'ADMIN') throw new ForbiddenException('Only an admin exports a debtor\'s data.');
    let data;
    try {
      data = await this.privacy.export(user, debtorId, 'PDF');
    } catch (e) {
      if (e instanceof AppError && e.extensions.code === 'NOT_FOUND') throw new NotFoundException(e.message);
      throw e;
    }
    const pdf = await renderExportPdf(data);
    await res
      .header('Content-Type', 'application/pdf')
      .header('Content-Disposition', `attachment; filename="debtor-data-${debtorId.slice(0, 8)}.pdf"`)
      .header('Cache-Control', 'no-store')
      .send(pdf);
  }
}
