import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parse } from 'graphql';
import { rateLimited } from '../common/errors.js';
import { languageOfHeader } from '../common/request-language.js';

const GRAPHQL_PATH = '/graphql';

/** Whether a GraphQL request body calls the login mutation (a batch counts when any of its operations does). */
export function callsLogin(body: unknown): boolean {
  const operations = Array.isArray(body) ? body : [body];
  return operations.some((operation) => {
    const query = (operation as { query?: unknown } | null)?.query;
    if (typeof query !== 'string' || !query.includes('login')) return false;
    try {
      return parse(query).definitions.some(
        (d) => d.kind === 'OperationDefinition' && d.operation === 'mutation'
          && d.selectionSet.selections.some((s) => s.kind === 'Field' && s.name.value === 'login'),
      );
    } catch {
      return false; // not GraphQL: Apollo Server refuses it
    }
  });
}

/**
 * The per-address limit on sign-ins: @fastify/rate-limit counts the requests to /graphql that call
 * `login` (at most `perMinute` per client address and minute); the next one is answered with HTTP 429,
 * `Retry-After` and a GraphQL error with `extensions.code = "RATE_LIMITED"`. Other requests are not counted.
 */
export async function registerLoginRateLimit(fastify: FastifyInstance, perMinute: number): Promise<void> {
  await fastify.register(rateLimit, { global: false });
  const limit = fastify.rateLimit({ max: perMinute, timeWindow: 60_000, keyGenerator: (request) => `login:${request.ip}` });
  fastify.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.method !== 'POST' || request.url.split('?')[0] !== GRAPHQL_PATH || !callsLogin(request.body)) return;
    try {
      await limit.call(fastify, request, reply);
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode !== 429) throw error;
      const retryAfter = Number(reply.getHeader('retry-after') ?? 60);
      const { message, extensions } = rateLimited(retryAfter).in(languageOfHeader(request.headers['accept-language']));
      return reply.code(429).type('application/json').send({ errors: [{ message, extensions }], data: null });
    }
  });
}
