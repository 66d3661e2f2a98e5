import type { Readable } from 'node:stream';
import { Controller, Get, Headers, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { fill } from '@mahnwerk/domain';
import { HttpUuidPipe } from '../common/uuid.pipe.js';
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthUser } from '../auth/current-user.js';
import type { Role } from '../auth/role.js';
import { Roles } from '../auth/roles.decorator.js';
import { AuthService } from '../auth/auth.service.js';
import { badInput, forbidden, httpErrorOf, notFound, unauthenticated } from '../common/errors.js';
import { languageOfHeader } from '../common/request-language.js';
import { INTAKE_API_TEXTS } from './intake.i18n.js';
import { caseImportIn, IntakeService } from './intake.service.js';

const INTAKE_ROLES: Role[] = ['LEAD', 'ADMIN'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Large case files: `POST /imports/cases` takes the file as the request body (`Content-Type: text/csv`),
 * read as it arrives; `?id=` (a UUID the client picks, to follow `caseImport(id)` while it uploads) and
 * `?fileName=` are optional. It answers with the finished job (status DONE, or FAILED with its error: a
 * header without the required columns, an upload that broke off); an id used before is a 409.
 * `GET /imports/cases/:id/rejected.csv`
 * lists the rejected rows. Both need a lead's or an admin's Bearer token.
 */
@Controller('imports/cases')
export class IntakeController {
  constructor(
    private readonly auth: AuthService,
    private readonly intake: IntakeService,
  ) {}

  @Post()
  @HttpCode(200)
  @Roles(...INTAKE_ROLES)
  async upload(
    @Req() req: FastifyRequest,
    @Headers('authorization') authorization: string | undefined,
    @Headers('content-length') contentLength: string | undefined,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Query('id') id: string | undefined,
    @Query('fileName') fileName: string | undefined,
  ): Promise<unknown> {
    const body = req.body as Readable | undefined;
    try {
      const user = await this.allowed(authorization);
      if (id !== undefined && !UUID.test(id)) throw badInput(INTAKE_API_TEXTS.idNotUuid, 'id');
      if (!body || typeof (body as Readable).pipe !== 'function') throw badInput(INTAKE_API_TEXTS.sendBody);
      const length = Number(contentLength);
      const job = await this.intake.importUpload(user, {
        id: id ?? null, fileName: fileName ?? 'upload.csv', bytesTotal: Number.isFinite(length) && length > 0 ? length : null, body,
      });
      return caseImportIn(job, languageOfHeader(acceptLanguage));
    } catch (e) {
      body?.resume?.();
      // An AppError answers with its status and its message in the request's language (Accept-Language).
      throw httpErrorOf(e);
    }
  }

  @Get(':id/rejected.csv')
  @Roles(...INTAKE_ROLES)
  async rejected(
    @Param('id', HttpUuidPipe) id: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: FastifyReply,
  ): Promise<void> {
    await this.allowed(authorization).catch((e: unknown) => {
      throw httpErrorOf(e);
    });
    const job = await this.intake.job(id).catch(() => null);
    if (!job) throw httpErrorOf(notFound('Case import', id));
    const header = ['line', 'column', 'message', ...job.header];
    const lines: string[] = [stringify([header])];
    for await (const page of this.intake.rejections(id)) {
      lines.push(stringify(page.map((r) => [r.line, r.column ?? '', r.message, ...r.record])));
    }
    await res
      .header('Content-Type', 'text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="rejected-${id.slice(0, 8)}.csv"`)
      .send(`\uFEFF${lines.join('')}`);
  }

  /** The caller from the Bearer token (an open session); only leads and admins who need no password change get through. */
  private async allowed(authorization: string | undefined): Promise<AuthUser> {
    let user: AuthUser | null;
    try {
      user = await this.auth.authenticate(authorization);
    } catch {
      user = null;
    }
    if (!user || user.mustChangePassword) throw unauthenticated();
    if (!INTAKE_ROLES.includes(user.role)) throw forbidden(fill(INTAKE_API_TEXTS.roleMayNotImport, { role: user.role }));
    return user;
  }
}
