import type { FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/cookie';

/** The cookie holding a session's refresh token: sent only to the GraphQL path, never readable by scripts. */
export const REFRESH_COOKIE = 'mahnwerk_refresh';
const COOKIE_PATH = '/graphql';

/** The refresh token the request's cookie carries, if any. */
export function refreshTokenOf(request: FastifyRequest): string | undefined {
  return request.cookies?.[REFRESH_COOKIE] || undefined;
}

/** Sets the refresh cookie (HttpOnly, Secure, SameSite=Strict) until the session ends. */
export function setRefreshCookie(reply: FastifyReply | undefined, token: string, expiresAt: Date): void {
  reply?.setCookie(REFRESH_COOKIE, token, {
    httpOnly: true, secure: true, sameSite: 'strict', path: COOKIE_PATH, expires: expiresAt,
  });
}

/** Removes the refresh cookie (logout, or a renewal that failed). */
export function clearRefreshCookie(reply: FastifyReply | undefined): void {
  reply?.clearCookie(REFRESH_COOKIE, { httpOnly: true, secure: true, sameSite: 'strict', path: COOKIE_PATH });
}
