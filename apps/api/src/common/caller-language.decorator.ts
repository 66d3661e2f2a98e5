import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { TextLanguage } from '@mahnwerk/domain';
import { DEFAULT_LANGUAGE, type LanguageContext } from './request-language.js';

/** The language the caller reads messages in, for a resolver that answers with a text. */
export const CallerLanguage = createParamDecorator((_data: unknown, context: ExecutionContext): TextLanguage => {
  return GqlExecutionContext.create(context).getContext<LanguageContext>().language ?? DEFAULT_LANGUAGE;
});
