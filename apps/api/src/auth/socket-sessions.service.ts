import { Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { AuthService } from './auth.service.js';

/** How often this instance checks the sessions of the websockets it holds (closing takes at most this plus a query). */
export const SOCKET_SWEEP_MS = 1_500;
/** The close code of a socket whose session ended or whose token expired: graphql-ws's "Unauthorized". */
export const SESSION_ENDED_CLOSE_CODE = 4401;

interface HeldSocket {
  sessionId: string;
  /** When the socket's token expires (ms since the epoch). */
  expiresAt: number;
  close: (code: number, reason: string) => void;
}

/**
 * The websockets this instance holds, by connection, with their session and token expiry. Every
 * SOCKET_SWEEP_MS the sockets whose token expired are closed with 4401 (the client renews its token and
 * connects again), and one query asks the database which of their sessions closed (logout, password
 * reset, deactivation, expiry, on whatever instance it happened): those sockets are closed with 4401 too.
 */
@Injectable()
export class SocketSessions implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(SocketSessions.name);
  private readonly sockets = new Map<string, HeldSocket>();
  private timer: NodeJS.Timeout | undefined;
  private sweeping = false;

  constructor(private readonly auth: AuthService) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.sweep(), SOCKET_SWEEP_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  hold(connectionId: string, sessionId: string, expiresAt: number, close: HeldSocket['close']): void {
    this.sockets.set(connectionId, { sessionId, expiresAt, close });
  }

  release(connectionId: string): void {
    this.sockets.delete(connectionId);
  }

  /** Closes the sockets whose session is no longer open. */
  async sweep(): Promise<void> {
    if (this.sweeping || this.sockets.size === 0) return;
    this.sweeping = true;
    try {
      const now = Date.now();
      for (const [connectionId, socket] of this.sockets) {
        if (socket.expiresAt > now) continue;
        this.sockets.delete(connectionId);
        socket.close(SESSION_ENDED_CLOSE_CODE, 'Token expired');
      }
      if (this.sockets.size === 0) return;
      const sessionIds = [...new Set([...this.sockets.values()].map((s) => s.sessionId))];
      const closed = new Set(await this.auth.closedSessions(sessionIds));
      for (const [connectionId, socket] of this.sockets) {
        if (!closed.has(socket.sessionId)) continue;
        this.sockets.delete(connectionId);
        socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
      }
    } catch (error) {
      this.logger.warn(`Socket session sweep failed: ${(error as Error).message}`);
    } finally {
      this.sweeping = false;
    }
  }
}
