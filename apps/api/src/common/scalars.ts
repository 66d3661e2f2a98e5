import { GraphQLScalarType } from 'graphql';
import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';

/** Calendar date `YYYY-MM-DD`, kept as a string so no time zone can shift it. */
export const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: 'A calendar date, ISO 8601 `YYYY-MM-DD`.',
});

/** Integer cents up to 2^53-1: GraphQL `Int` stops at about 21 million euros. */
export const SafeIntScalar = SafeIntResolver;
