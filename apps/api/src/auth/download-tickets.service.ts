import { createHash, randomBytes } from 'node:crypto';
import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Clock } from '../common/clock.js';
import { badInput } from '../common/errors.js';
import { AuthService } from './auth.service.js';
import type { AuthUser } from './current-user.js';
import { DownloadTicketsRepository } from './download-tickets.repository.js';

/** How long a ticket may wait for its one use. */
export const DOWNLOAD_TICKET_TTL_SECONDS = 60;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/**
 * The documents a link opens: a letter's PDF, a print batch's PDF or manifest (whole or per part), an
 * audit export (its creditor and period in the query).
 */
const DOWNLOAD_PATHS = [
  new RegExp(`^/letters/${UUID}\\.pdf$`, 'i'),
  new RegExp(`^/print-batches/${UUID}(/parts/[1-9]\\d{0,5})?\\.(pdf|csv)$`, 'i'),
  /^\/audit\/export\.(csv|json)$/,
];

export interface IssuedTicket {
  ticket: string;
  url: string;
  expiresAt: Date;
}

const hashOf = (ticket: string) => createHash('sha256').update(ticket).digest();

/**
 * Single-use download tickets: a link cannot send the Authorization header, and a token in a URL
 * ends up in browser history, proxy logs and Referer headers. The web app asks for a ticket for one
 * document's path just before it opens the link; the route accepts `?ticket=` once, within 60 seconds,
 * for that path, as the user of the session that asked (if that session is still open).
 */
@Injectable()
export class DownloadTickets {
  constructor(
    private readonly repository: DownloadTicketsRepository,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async issue(user: AuthUser, url: string): Promise<IssuedTicket> {
    const path = documentPathOf(url);
    if (!path) throw badInput('url must be the address of a letter PDF, a print batch file or an audit export, e.g. /letters/<id>.pdf.', 'url');
    if (!user.sessionId) throw new UnauthorizedException('Sign in first: a download ticket belongs to a session.');
    const ticket = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + DOWNLOAD_TICKET_TTL_SECONDS * 1000);
    await this.repository.issue(hashOf(ticket), user.id, user.sessionId, path, now, expiresAt);
    const query = new URL(url, 'http://mahnwerk.invalid').searchParams;
    query.delete('token');
    query.set('ticket', ticket);
    return { ticket, url: `${path}?${query.toString()}`, expiresAt };
  }

  /**
   * Who asks for a document: the Bearer token's user, or the user a `?ticket=` was issued to (used up
   * now, whatever the outcome); null when neither is valid. A `?token=` is refused outright.
   */
  async downloader(request: FastifyRequest): Promise<AuthUser | null> {
    const query = (request.query ?? {}) as Record<string, unknown>;
    if (query.token !== undefined) {
      throw new UnauthorizedException('A token in the URL is not accepted: send the Authorization header, or ask for a download ticket (issueDownloadTicket).');
    }
    const authorization = request.headers.authorization;
    if (authorization) return this.auth.authenticate(authorization).catch(() => null);
    if (typeof query.ticket !== 'string' || query.ticket.length === 0 || query.ticket.length > 100) return null;
    const used = await this.repository.use(hashOf(query.ticket));
    if (!used || used.expiresAt <= this.clock.now() || used.path !== request.url.split('?')[0]) return null;
    return this.auth.sessionUser(used.sessionId, used.userId);
  }
}

/** The path of a document route `url` names (a path or a URL of any origin; its query is dropped), or null. */
export function documentPathOf(url: string): string | null {
  let path: string;
  try {
    path = new URL(url, 'http://mahnwerk.invalid').pathname;
  } catch {
    return null;
  }
  return DOWNLOAD_PATHS.some((pattern) => pattern.test(path)) ? path : null;
}
