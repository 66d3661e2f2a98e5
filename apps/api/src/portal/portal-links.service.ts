import { Inject, Injectable } from '@nestjs/common';
import { portalLinkExpiry } from '@mahnwerk/domain';
import { randomToken, tokenHash } from '../auth/portal-caller.js';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.js';
import type { Queryable } from '../database/queryable.js';
import { portalBaseUrl } from './payment-provider.js';
import { PortalRepository } from './portal.repository.js';

/** A debtor's personal link: the url carries the token (shown only once; only its hash is kept). */
export interface IssuedPortalLink {
  url: string;
  expiresAt: Date;
  linkId: string;
}

/**
 * Issues portal links (staff's issuePortalLink, the {portalLink} merge field, letters): a fresh token
 * each time, since only its hash is stored and a token cannot be read back.
 */
@Injectable()
export class PortalLinksService {
  constructor(
    private readonly repository: PortalRepository,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async issue(caseId: string, issuedBy: string | null, tx: Queryable): Promise<IssuedPortalLink> {
    const token = randomToken();
    const now = this.clock.now();
    const expiresAt = portalLinkExpiry(now);
    const linkId = await this.repository.insertLink({ caseId, hash: tokenHash(token), issuedBy, now, expiresAt }, tx);
    return { url: `${portalBaseUrl(this.config)}/p/${token}`, expiresAt, linkId };
  }

  /** One new link per entry (a dunning run's e-mails and letters), in one statement; urls in the order given. */
  async issueMany(caseIds: readonly string[], tx: Queryable): Promise<string[]> {
    if (caseIds.length === 0) return [];
    const tokens = caseIds.map(() => randomToken());
    const now = this.clock.now();
    await this.repository.insertLinks(caseIds, tokens.map(tokenHash), now, portalLinkExpiry(now), tx);
    return tokens.map((token) => `${portalBaseUrl(this.config)}/p/${token}`);
  }

  /** A link for a letter about the case, or null when the case is no longer open (the link could not be used). */
  async issueForLetter(caseId: string, tx: Queryable): Promise<string | null> {
    if (!(await this.repository.caseIsOpen(caseId, tx))) return null;
    return (await this.issue(caseId, null, tx)).url;
  }

  /** What previews show in place of a personal link (none is issued for a preview). */
  placeholder(): string {
    return `${portalBaseUrl(this.config)}/p/…`;
  }
}
