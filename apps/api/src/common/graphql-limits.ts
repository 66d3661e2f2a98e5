import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLArmorConfig } from '@escape.tech/graphql-armor-types';
import type { ApolloServerPlugin } from '@apollo/server';
import { fill, type LocalizedText, type TextLanguage } from '@mahnwerk/domain';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { ERROR_TEXTS } from './errors.i18n.js';
import type { LanguageContext } from './request-language.js';

/**
 * How big a GraphQL operation may be, on HTTP and on the websocket alike. The web app's and the
 * portal's operations reach depth 7, cost about 930, fewer than 400 tokens and no aliases (December
 * 2026); a query past a limit is refused before it runs, with BAD_USER_INPUT (depth, aliases, cost,
 * directives) or a parse error (tokens).
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of selections (fragments counted where they are spread). */
  maxDepth: 10,
  /** Aliased fields in one operation. */
  maxAliases: 15,
  /** Lexical tokens of the query text: bounds parsing work before any other check. */
  maxTokens: 2000,
  /** graphql-armor's cost (objects 2, scalars 1, times 1.5 per level of nesting). */
  maxCost: 5000,
  /** Directives in one operation. */
  maxDirectives: 50,
} as const;

/** The largest `/graphql` request body: bank statements bigger than this go to the multipart upload route. */
export const GRAPHQL_BODY_LIMIT = 256 * 1024;

export interface GraphQLLimits {
  /** Apollo plugins: the token limit (parsing) and, in production, no field suggestions in errors. */
  plugins: ApolloServerPlugin[];
  /** Validation rules for depth, aliases, cost and directives. */
  validationRules: ValidationRule[];
  /** graphql-ws options applying the same limits to operations sent over the websocket. */
  socket: {
    onSubscribe: (ctx: unknown, id: string, payload: { query: string }) => GraphQLError[] | undefined;
    validate: (schema: GraphQLSchema, document: DocumentNode) => readonly GraphQLError[];
  };
}

/**
 * The operation limits of GRAPHQL_LIMITS with graphql-armor. `production`: field suggestions
 * ("Did you mean …") are masked, so errors do not reveal the schema when introspection is off.
 */
export function graphqlLimits(production: boolean): GraphQLLimits {
  const config: GraphQLArmorConfig = {
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: production },
  };
  const { plugins, validationRules } = new ApolloArmor(config).protect();
  const rules = [...specifiedRules, ...validationRules];
  return {
    // First: its parsingDidStart words the token limit's refusal before graphql-armor's own check throws.
    plugins: [limitMessagesPlugin(), ...(plugins as ApolloServerPlugin[])],
    validationRules,
    socket: {
      onSubscribe: (_ctx, _id, payload) => {
        try {
          // Parsed again by graphql-ws once within the limit; parse stops at the token past the limit.
          parse(payload.query, { maxTokens: GRAPHQL_LIMITS.maxTokens });
          return undefined;
        } catch (error) {
          return [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed.')];
        }
      },
      validate: (schema, document) => validate(schema, document, rules),
    },
  };
}

/** graphql-armor's and graphql's refusals of an operation past a limit, with the words of each language. */
const LIMIT_MESSAGES: readonly { pattern: RegExp; text: LocalizedText }[] = [
  { pattern: /^(?:Syntax Error: )?Query depth limit of (\d+) exceeded, found (\d+)\.$/, text: ERROR_TEXTS.depthLimit },
  { pattern: /^(?:Syntax Error: )?Aliases limit of (\d+) exceeded, found (\d+)\.$/, text: ERROR_TEXTS.aliasLimit },
  { pattern: /^(?:Syntax Error: )?Query Cost limit of (\d+) exceeded, found (\d+)\.$/, text: ERROR_TEXTS.costLimit },
  { pattern: /^(?:Syntax Error: )?Directives limit of (\d+) exceeded, found (\d+)\.$/, text: ERROR_TEXTS.directiveLimit },
  { pattern: /^(?:Syntax Error: )?Token limit of (\d+) exceeded\.$/, text: ERROR_TEXTS.tokenLimit },
  { pattern: /^Syntax Error: Document contains more that (\d+) tokens\. Parsing aborted\.$/, text: ERROR_TEXTS.tokenLimit },
];

/** A limit's refusal in `language`; null for any other message (English answers keep the library's own words). */
export function limitMessageIn(message: string, language: TextLanguage): string | null {
  if (language === 'en') return null;
  for (const { pattern, text } of LIMIT_MESSAGES) {
    const m = pattern.exec(message);
    if (m) return fill(text, { max: m[1]!, found: m[2] ?? '' })[language];
  }
  return null;
}

/** Puts the limits' refusals of an HTTP operation in the caller's language (Accept-Language). */
function limitMessagesPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        // The token limit refuses while parsing, by throwing: the answer is that error, so it is worded here.
        async parsingDidStart({ source, contextValue }) {
          const language = (contextValue as LanguageContext | undefined)?.language ?? 'en';
          if (language === 'en') return;
          try {
            parse(source, { maxTokens: GRAPHQL_LIMITS.maxTokens });
          } catch (error) {
            const message = error instanceof GraphQLError ? limitMessageIn(error.message, language) : null;
            if (message !== null) throw new GraphQLError(message, { extensions: (error as GraphQLError).extensions });
            // Any other parse error is Apollo's to answer, as for every language.
          }
        },
        async willSendResponse({ response, contextValue }) {
          const language = (contextValue as LanguageContext | undefined)?.language ?? 'en';
          if (response.body.kind !== 'single' || !response.body.singleResult.errors || language === 'en') return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            const message = limitMessageIn(error.message, language);
            return message === null ? error : { ...error, message };
          });
        },
      };
    },
  };
}
