import WebSocket from 'ws';
import { SOCKET_MAX_PAYLOAD, SUBSCRIPTIONS_ONLY } from '../src/realtime/graphql-context.js';
import type { Fixture } from './fixtures.js';
import { ApiInstance, closeCode, connected, failureOf, subscribe } from './harness.js';
import { withApi } from './with-api.js';

const QUEUE_CHANGED = 'subscription { queueChanged { kind caseId } }';

describe('websocket rules: token expiry per operation, subscriptions only, 64 KiB messages', () => {
  let api: ApiInstance;
  let fx: Fixture;
  // Access tokens of 2 seconds, so expiry can be watched.
  const bed = withApi({ collectors: 1, cases: 1, env: () => ({ ACCESS_TOKEN_TTL: '2s' }) });
  beforeAll(() => {
    ({ api, fx } = bed);
  });

  it('a socket used after its token expired is closed with 4401', async () => {
    const socket = api.socket(await api.login(fx.collectors[0].email));
    await connected(socket);
    const live = subscribe(socket, QUEUE_CHANGED);
    const closed = closeCode(socket);
    await new Promise((r) => setTimeout(r, 2100));
    subscribe(socket, QUEUE_CHANGED);
    expect(await closed).toBe(4401);
    live.stop();
  });

  it('the server closes a socket with 4401 when its token expires, even when it is idle', async () => {
    const socket = api.socket(await api.login(fx.collectors[0].email));
    await connected(socket);
    const started = Date.now();
    expect(await closeCode(socket)).toBe(4401);
    expect(Date.now() - started).toBeGreaterThan(1000);
  });

  it.each([
    ['a query', '{ me { id } }'],
    ['a mutation', 'mutation { claimNextCase { id } }'],
  ])('%s over the websocket is refused; subscriptions go on', async (_name, query) => {
    const socket = api.socket(await api.login(fx.collectors[0].email));
    await connected(socket);
    const refused = subscribe(socket, query);
    const errors = await failureOf(refused);
    expect(errors?.[0]?.message).toBe(SUBSCRIPTIONS_ONLY);
    await socket.dispose();
  });

  it('a message over 64 KiB closes the socket (1009); one under it is read', async () => {
    const token = await api.login(fx.collectors[0].email);
    const raw = new WebSocket(api.wsUrl, 'graphql-transport-ws');
    const messages: string[] = [];
    raw.on('message', (data) => messages.push(String(data)));
    await new Promise((resolve, reject) => {
      raw.once('open', resolve);
      raw.once('error', reject);
    });
    raw.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}`, pad: 'x'.repeat(SOCKET_MAX_PAYLOAD - 2000) } }));
    await new Promise((r) => setTimeout(r, 300));
    expect(messages.map((m) => JSON.parse(m).type)).toContain('connection_ack');
    const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
    raw.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: QUEUE_CHANGED, variables: { pad: 'x'.repeat(SOCKET_MAX_PAYLOAD) } } }));
    expect(await closed).toBe(1009);
  });
});
