import {
  createSourceEventStream, execute, getOperationAST, print, type DocumentNode, type ExecutionArgs, type ExecutionResult,
} from 'graphql';
import type { AuthUser, GraphQLContext } from '../auth/current-user.js';

/** What a subscription's answer to one event depends on besides the event and the operation. */
export type ViewerScope = (user: AuthUser) => string;

/**
 * Subscriptions whose answer is the same for every viewer in a scope (the team board is the same for
 * every lead of a team). Any other subscription is shared only between one user's own screens.
 */
const scopes = new Map<string, ViewerScope>();

export function shareSubscriptionResults(field: string, scope: ViewerScope): void {
  scopes.set(field, scope);
}

/**
 * graphql-ws runs `subscribe` once per subscriber, and graphql then executes the operation once per
 * subscriber per event. Every event reaches all subscribers as the same object, so this executes an
 * operation (text and variables) once per event and viewer scope, and every screen in that scope
 * gets that one result. Who may subscribe at all is still checked per subscriber, when it subscribes.
 */
export function sharedResultsSubscribe() {
  const resultsByEvent = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();
  return async (args: ExecutionArgs) => {
    const stream = await createSourceEventStream(args);
    if (!isAsyncIterable(stream)) return stream;
    const key = operationKey(args);
    return mapEvents(stream[Symbol.asyncIterator](), (event) => {
      if (key === null || typeof event !== 'object' || event === null) return execute({ ...args, rootValue: event });
      let results = resultsByEvent.get(event);
      if (!results) {
        results = new Map();
        resultsByEvent.set(event, results);
      }
      let result = results.get(key);
      if (!result) {
        result = Promise.resolve(execute({ ...args, rootValue: event }));
        results.set(key, result);
      }
      return result;
    });
  };
}

/** The operation's text, variables and the viewer's scope; null when the caller is unknown. */
function operationKey(args: ExecutionArgs): string | null {
  const user = (args.contextValue as GraphQLContext | undefined)?.user;
  if (!user) return null;
  const operation = getOperationAST(args.document, args.operationName);
  const field = operation?.selectionSet.selections[0];
  const fieldName = field?.kind === 'Field' ? field.name.value : '';
  const scope = scopes.get(fieldName)?.(user) ?? `user:${user.id}`;
  return JSON.stringify([scope, args.operationName ?? null, documentText(args.document), args.variableValues ?? null]);
}

const printed = new WeakMap<DocumentNode, string>();
function documentText(document: DocumentNode): string {
  const body = document.loc?.source.body;
  if (body !== undefined) return body;
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof value === 'object' && value !== null && Symbol.asyncIterator in value;
}

/** Maps each event to its result; ending the subscription ends the source at once, even between events. */
function mapEvents(
  source: AsyncIterator<unknown>,
  toResult: (event: unknown) => Promise<ExecutionResult> | ExecutionResult,
): AsyncIterableIterator<ExecutionResult> {
  const done = { value: undefined, done: true } as const;
  const iterator: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const step = await source.next();
      return step.done ? done : { value: await toResult(step.value), done: false };
    },
    async return() {
      await source.return?.();
      return done;
    },
    async throw(error: unknown) {
      if (source.throw) await source.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
