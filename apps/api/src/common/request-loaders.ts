import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/** Loads the values of a batch of keys, in the keys' order (an Error fails only its key). */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<readonly (V | Error)[]>;

/**
 * The DataLoaders of one GraphQL execution, one per name: field resolvers of a list share them, so
 * the children of fifty cases cost one statement, not fifty. A feature names its loaders
 * (`case.claims`) and gives the batch function; loaders live as long as the execution.
 */
export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  loader<K, V>(name: string, batch: BatchLoad<K, V>, options: DataLoader.Options<K, V, unknown> = {}): DataLoader<K, V> {
    let loader = this.loaders.get(name) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, unknown>(batch, { maxBatchSize: 500, ...options });
      this.loaders.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

interface ContextLoaders {
  /** The execution without an object root value: an HTTP request (one context per request). */
  own?: RequestLoaders;
  /** Per root value: each event of a subscription executes with the event as its root value. */
  byRoot: WeakMap<object, RequestLoaders>;
}

const byContext = new WeakMap<object, ContextLoaders>();

/**
 * The loaders of the execution with this context and root value. An HTTP request has its own
 * context, so its loaders end with it. A graphql-ws subscription keeps one context for all its
 * events, but each event executes with the event as root value, so each event gets fresh loaders
 * and no answer shows data cached at an earlier event.
 */
export function requestLoaders(context: object, rootValue: unknown): RequestLoaders {
  let entry = byContext.get(context);
  if (!entry) byContext.set(context, (entry = { byRoot: new WeakMap() }));
  if (typeof rootValue !== 'object' || rootValue === null) return (entry.own ??= new RequestLoaders());
  let loaders = entry.byRoot.get(rootValue);
  if (!loaders) entry.byRoot.set(rootValue, (loaders = new RequestLoaders()));
  return loaders;
}

/** The current GraphQL execution's loaders, as a resolver parameter. */
export const Loaders = createParamDecorator((_data: unknown, context: ExecutionContext): RequestLoaders => {
  const gql = GqlExecutionContext.create(context);
  return requestLoaders(gql.getContext<object>(), gql.getInfo<{ rootValue: unknown }>().rootValue);
});
