import { buildSchema, parse, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { PubSub } from 'graphql-subscriptions';
import type { AuthUser } from '../auth/current-user.js';
import { shareSubscriptionResults, sharedResultsSubscribe } from './shared-subscription-results.js';

const user = (id: string, teamId: string): AuthUser => ({ id, email: `${id}@test`, role: 'LEAD', teamId });

describe('subscription results shared per event and viewer scope', () => {
  let schema: GraphQLSchema;
  let pubsub: PubSub;
  let resolved: string[];
  let sources: number;
  let sharedSubscribe: ReturnType<typeof sharedResultsSubscribe>;

  beforeEach(() => {
    pubsub = new PubSub();
    resolved = [];
    sources = 0;
    schema = buildSchema(`
      type Query { ok: Boolean }
      type Subscription { board: String!, mine: String! }
    `);
    const fields = schema.getSubscriptionType()!.getFields();
    for (const name of ['board', 'mine'] as const) {
      fields[name].subscribe = () => {
        sources++;
        return pubsub.asyncIterableIterator('tick');
      };
      fields[name].resolve = (event: { n: number }, _args, ctx: { user: AuthUser }) => {
        resolved.push(`${name}:${ctx.user.id}`);
        return `${name} ${event.n} for ${name === 'board' ? ctx.user.teamId : ctx.user.id}`;
      };
    }
    shareSubscriptionResults('board', (u) => `team:${u.teamId}`);
    sharedSubscribe = sharedResultsSubscribe();
  });

  async function subscribe(query: string, viewer: AuthUser) {
    const stream = await sharedSubscribe({ schema, document: parse(query), contextValue: { user: viewer } });
    return stream as AsyncIterableIterator<ExecutionResult>;
  }

  it('executes once per scope and gives every subscriber in it the same answer', async () => {
    const leads = [user('a', 't1'), user('b', 't1'), user('c', 't2')];
    const streams = await Promise.all(leads.map((lead) => subscribe('subscription { board }', lead)));
    const next = streams.map((s) => s.next());
    await pubsub.publish('tick', { n: 1 });
    const results = (await Promise.all(next)).map((r) => r.value.data.board);

    expect(results).toEqual(['board 1 for t1', 'board 1 for t1', 'board 1 for t2']);
    expect(resolved.sort()).toEqual(['board:a', 'board:c']);
  });

  it('shares an unscoped subscription only between one user\'s own screens', async () => {
    const streams = await Promise.all([user('a', 't1'), user('a', 't1'), user('b', 't1')].map((u) => subscribe('subscription { mine }', u)));
    const next = streams.map((s) => s.next());
    await pubsub.publish('tick', { n: 2 });
    expect((await Promise.all(next)).map((r) => r.value.data.mine)).toEqual(['mine 2 for a', 'mine 2 for a', 'mine 2 for b']);
    expect(resolved.sort()).toEqual(['mine:a', 'mine:b']);
  });

  it('executes again for the next event', async () => {
    const stream = await subscribe('subscription { board }', user('a', 't1'));
    for (const n of [1, 2]) {
      const next = stream.next();
      await pubsub.publish('tick', { n });
      expect((await next).value.data.board).toBe(`board ${n} for t1`);
    }
    expect(resolved).toEqual(['board:a', 'board:a']);
  });

  it('ends the source at once when the subscriber leaves, even while waiting for an event', async () => {
    const stream = await subscribe('subscription { board }', user('a', 't1'));
    const pending = stream.next();
    await new Promise((resolve) => setImmediate(resolve));
    await stream.return!();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(sources).toBe(1);
    await pubsub.publish('tick', { n: 3 });
    expect(resolved).toEqual([]);
  });
});
