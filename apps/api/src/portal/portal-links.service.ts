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
}
