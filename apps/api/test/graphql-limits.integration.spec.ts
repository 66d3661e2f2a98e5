import { request } from 'node:http';
import type { Client } from 'graphql-ws';
import WebSocket from 'ws';
import { GRAPHQL_BODY_LIMIT, GRAPHQL_LIMITS } from '../src/common/graphql-limits.js';
import { ApiInstance, connected } from './harness.js';
import { withApi } from './with-api.js';

/** `depth` nested inline fragments around __typename: valid GraphQL on any schema, as deep as asked. */
const deepQuery = (depth: number) => `query Deep { ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }`;
/** graphql-armor lets aliases of __typename pass; `me` is counted. */
const aliasQuery = (aliases: number) => `query Aliases { ${Array.from({ length: aliases }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
const tokenQuery = (fields: number) => `query Tokens { ${'__typename '.repeat(fields)}}`;
/** The same shapes as subscriptions, the only operations the websocket takes. */
const deepSubscription = (depth: number) =>
  `subscription Deep { queueChanged { ${'... on QueueChange { '.repeat(depth)}__typename${' }'.repeat(depth)} } }`;
const aliasSubscription = (aliases: number) =>
  `subscription Aliases { queueChanged { ${Array.from({ length: aliases }, (_, i) => `a${i}: caseId`).join(' ')} } }`;
const tokenSubscription = (fields: number) => `subscription Tokens { queueChanged { ${'__typename '.repeat(fields)}} }`;

/** The first answer (or error) of an operation sent over graphql-ws. */
function overSocket(client: Client, query: string): Promise<{ data?: unknown; errors?: { message: string }[] }> {
  return new Promise((resolve) => {
    client.subscribe({ query }, {
      next: (result) => resolve(result as { data?: unknown }),
      error: (errors) => resolve({ errors: Array.isArray(errors) ? errors : [{ message: String((errors as Error).message ?? errors) }] }),
      complete: () => undefined,
    });
  });
}

/** Posts `body` and resolves with the status and the milliseconds until the answer's headers arrived. */
function timedPost(url: string, body: Buffer): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length } }, (res) => {
      resolve({ status: res.statusCode ?? 0, ms: performance.now() - started });
      res.resume();
    });
    // The server may close the connection before the whole body is written: that is the point.
    req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
    req.end(body);
  });
}

const post = (api: ApiInstance, body: string | Buffer, headers: Record<string, string> = {}) =>
  fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('GraphQL operation limits', () => {
  const bed = withApi({ collectors: 1, cases: 0 });
  let api: ApiInstance;
  let token: string;
  beforeAll(async () => {
    api = bed.api;
    token = await bed.login(bed.fx.collectors[0]!.email);
  });

  it('answers queries within the limits', async () => {
    expect((await api.gql(deepQuery(GRAPHQL_LIMITS.maxDepth - 1))).data).toEqual({ __typename: 'Query' });
    expect(Object.keys((await api.gql(aliasQuery(GRAPHQL_LIMITS.maxAliases), {}, token)).data ?? {})).toHaveLength(GRAPHQL_LIMITS.maxAliases);
  });

  it('refuses a query nested too deep, before it runs', async () => {
    const result = await api.gql(deepQuery(GRAPHQL_LIMITS.maxDepth + 5));
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded/i);
  });

  it('says why in the caller\'s language', async () => {
    const ask = async (query: string, language: string) =>
      ((await (await post(api, JSON.stringify({ query }), { 'accept-language': language })).json()) as { errors?: { message: string }[] }).errors?.[0]?.message;
    expect(await ask(deepQuery(GRAPHQL_LIMITS.maxDepth + 5), 'de')).toBe('Die Abfrage ist zu tief verschachtelt: erlaubt sind 10 Ebenen, gefunden wurden 16.');
    expect(await ask(deepQuery(GRAPHQL_LIMITS.maxDepth + 5), 'da')).toBe('Forespørgslen er for dybt indlejret: 10 niveauer er tilladt, der blev fundet 16.');
    expect(await ask(tokenQuery(GRAPHQL_LIMITS.maxTokens + 10), 'de')).toBe('Die Abfrage ist zu lang: erlaubt sind 2000 Token.');
    expect(await ask(deepQuery(GRAPHQL_LIMITS.maxDepth + 5), 'en')).toMatch(/depth limit of 10 exceeded/i);
  });

  it('refuses too many aliases', async () => {
    const result = await api.gql(aliasQuery(GRAPHQL_LIMITS.maxAliases + 1), {}, token);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/aliases limit of 15 exceeded/i);
  });

  it('refuses a query of too many tokens', async () => {
    const result = await api.gql(tokenQuery(GRAPHQL_LIMITS.maxTokens + 10));
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/token limit/i);
  });

  it('refuses a query that costs too much', async () => {
    // Each level multiplies the cost by 1.5: 200 fields nine levels down cost about 7700.
    const wide = `query Costly { ${'... on Query { '.repeat(9)}${'__typename '.repeat(200)}${' }'.repeat(9)} }`;
    const result = await api.gql(wide);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/cost limit of 5000 exceeded/i);
  });

  it('refuses a 10 MB body with 413 at once, while other requests are served', async () => {
    const huge = Buffer.alloc(10 * 1024 * 1024, 'a');
    const body = Buffer.concat([Buffer.from('{"query":"{ __typename }","variables":{"x":"'), huge, Buffer.from('"}}')]);
    const started = performance.now();
    const [refused, served] = await Promise.all([
      timedPost(api.url, body),
      api.gql('{ __typename }').then((r) => ({ data: r.data, ms: performance.now() - started })),
    ]);
    expect(refused.status).toBe(413);
    expect(refused.ms).toBeLessThan(500);
    expect(served.data).toEqual({ __typename: 'Query' });
    expect(served.ms).toBeLessThan(1000);
    const answer = await post(api, body);
    expect(answer.status).toBe(413);
    expect(await answer.json()).toMatchObject({ statusCode: 413, message: expect.stringMatching(/too large/i) });
  });

  it('refuses a chunked body past the limit too, and takes one just under it', async () => {
    const pad = 'b'.repeat(GRAPHQL_BODY_LIMIT - 1000);
    const under = await post(api, JSON.stringify({ query: '{ __typename }', variables: { pad } }));
    expect(under.status).toBe(200);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }","variables":{"x":"'));
        for (let i = 0; i < 40; i++) controller.enqueue(new Uint8Array(64 * 1024).fill(99));
        controller.enqueue(new TextEncoder().encode('"}}'));
        controller.close();
      },
    });
    const chunked = await fetch(api.url, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: chunks, duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('applies the same limits on the websocket', async () => {
    const client = api.socket(token);
    await connected(client);
    const deep = await overSocket(client, deepSubscription(GRAPHQL_LIMITS.maxDepth + 5));
    expect(deep.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded/i);
    const aliases = await overSocket(client, aliasSubscription(GRAPHQL_LIMITS.maxAliases + 1));
    expect(aliases.errors?.[0]?.message).toMatch(/aliases limit of 15 exceeded/i);
    const tokens = await overSocket(client, tokenSubscription(GRAPHQL_LIMITS.maxTokens + 10));
    expect(tokens.errors?.[0]?.message).toMatch(/more that 2000 tokens/i);
    // Only subscriptions go over the socket; it is still open and answers.
    expect((await overSocket(client, '{ __typename }')).errors?.[0]?.message).toMatch(/Only subscriptions/);
  });

  it('closes a socket that sends a message larger than a /graphql body', async () => {
    const socket = new WebSocket(api.wsUrl, 'graphql-transport-ws');
    await new Promise((resolve, reject) => { socket.once('open', resolve); socket.once('error', reject); });
    const closed = new Promise<number>((resolve) => socket.once('close', (code: number) => resolve(code)));
    socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}`, pad: 'x'.repeat(GRAPHQL_BODY_LIMIT + 1) } }));
    expect(await closed).toBe(1009);
  });

  it('answers introspection and shows GraphiQL outside production', async () => {
    expect((await api.gql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const page = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toMatch(/graphiql/i);
    expect((await api.gql('{ mee { id } }', {}, token)).errors?.[0]?.message).toMatch(/Did you mean/);
  });

  it('has no introspection, no GraphiQL and no field suggestions in production', async () => {
    const production = await ApiInstance.start(bed.url, undefined, { NODE_ENV: 'production' });
    try {
      const introspection = await production.gql('{ __schema { queryType { name } } }');
      expect(introspection.data ?? null).toBeNull();
      expect(introspection.errors?.[0]?.message).toMatch(/introspection/i);
      const typeQuery = await production.gql('{ __type(name: "Case") { name } }');
      expect(typeQuery.data ?? null).toBeNull();
      const page = await fetch(production.url, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/graphiql/i);
      const typo = await production.gql('{ mee { id } }', {}, token);
      expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
      // Limits hold in production as well.
      expect((await production.gql(deepQuery(GRAPHQL_LIMITS.maxDepth + 5))).errors?.[0]?.message).toMatch(/depth limit/i);
    } finally {
      await production.close();
    }
  });
});
