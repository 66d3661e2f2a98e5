import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AgreementsModule } from './agreements/agreements.module.js';
import { AnalyticsModule } from './analytics/analytics.module.js';
import { AuditModule } from './audit/audit.module.js';
import { AuditTrailModule } from './audit-trail/audit-trail.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AuthService } from './auth/auth.service.js';
import { PortalSessions } from './auth/portal-sessions.service.js';
import { SocketSessions } from './auth/socket-sessions.service.js';
import { CasesModule } from './cases/cases.module.js';
import { Clock } from './common/clock.js';
import { graphqlLimits, type GraphQLLimits } from './common/graphql-limits.js';
import { httpStatusPlugin } from './common/http-status.plugin.js';
import { InterestRatesModule } from './interest-rates/interest-rates.module.js';
import { GraphQLErrorsFilter } from './common/graphql-errors.filter.js';
import { inputValidation } from './common/validation.pipe.js';
import { ConfigModule } from './config/config.module.js';
import type { AppConfig } from './config/config.js';
import { CourtModule } from './court/court.module.js';
import { CreditorsModule } from './creditors/creditors.module.js';
import { DebtorsModule } from './debtors/debtors.module.js';
import { LoggedClient } from './database/logged-client.js';
import { DunningModule } from './dunning/dunning.module.js';
import { HealthController } from './health.controller.js';
import { HoldsModule } from './holds/holds.module.js';
import { PrivacyModule } from './privacy/privacy.module.js';
import { IntakeModule } from './intake/intake.module.js';
import { LettersModule } from './letters/letters.module.js';
import { LimitationModule } from './limitation/limitation.module.js';
import { MessagesModule } from './messages/messages.module.js';
import { ObservabilityModule } from './observability/observability.module.js';
import { OutboxModule } from './outbox/outbox.module.js';
import { PaymentsModule } from './payments/payments.module.js';
import { QueueModule } from './queue/queue.module.js';
import { PortalModule } from './portal/portal.module.js';
import { graphqlContext, socketLifecycle } from './realtime/graphql-context.js';
import { PresenceService } from './realtime/presence.service.js';
import { RealtimeModule } from './realtime/realtime.module.js';
import { sharedResultsSubscribe } from './realtime/shared-subscription-results.js';
import { UsersModule } from './users/users.module.js';

export interface RuntimeConfig extends AppConfig {
  databaseUrl: string;
}

@Module({})
export class AppModule {
  static forRoot(config: RuntimeConfig, clock: Clock = new Clock()): DynamicModule {
    const limits = graphqlLimits(config.production);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.databaseUrl,
          synchronize: false,
          extra: { max: 20, Client: LoggedClient },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, RealtimeModule],
          inject: [AuthService, PresenceService, SocketSessions, PortalSessions],
          useFactory: (auth: AuthService, presence: PresenceService, sockets: SocketSessions, portal: PortalSessions) => ({
            path: '/graphql',
            autoSchemaFile: true,
            sortSchema: true,
            // Production (NODE_ENV): no introspection and no GraphiQL page; the web app's types come from
            // the committed schema.gql, printed from the code-first schema. Never stack traces in answers.
            introspection: !config.production,
            graphiql: !config.production,
            includeStacktraceInErrorResponses: false,
            // Depth, alias, token, cost and directive limits (common/graphql-limits.ts), here and on the socket.
            validationRules: limits.validationRules,
            allowBatchedHttpRequests: false,
            // No cache hints are used; the plugin would wrap every field resolver, subscriptions' too.
            plugins: [ApolloServerPluginCacheControlDisabled(), httpStatusPlugin(), ...limits.plugins],
            // Errors keep GraphQL's 200 unless httpStatusPlugin gives their code a status (RATE_LIMITED: 429);
            // Nest's own plugin would reset every execution error to 200.
            preserveHttpStatusForExecutionErrors: false,
            context: graphqlContext(auth, portal),
            subscriptions: {
              'graphql-ws': withSocketLimits(socketLifecycle(auth, presence, sockets), limits.socket, sharedResultsSubscribe()),
            },
          }),
        }),
        RealtimeModule,
        AuditModule,
        AuditTrailModule,
        AuthModule,
        UsersModule,
        CreditorsModule,
        InterestRatesModule,
        CasesModule,
        DebtorsModule,
        QueueModule,
        PaymentsModule,
        AgreementsModule,
        AnalyticsModule,
        DunningModule,
        LettersModule,
        CourtModule,
        LimitationModule,
        OutboxModule,
        MessagesModule,
        IntakeModule,
        HoldsModule,
        PortalModule,
        PrivacyModule,
        ObservabilityModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: Clock, useValue: clock },
        { provide: APP_PIPE, useValue: inputValidation },
        { provide: APP_FILTER, useClass: GraphQLErrorsFilter },
      ],
      exports: [Clock],
      global: true,
    };
  }
}

/**
 * The socket's lifecycle (sessions, subscriptions only) with the operation limits in front: a
 * message past the token limit is refused before the lifecycle parses it.
 */
function withSocketLimits<L extends { onSubscribe: (...args: never[]) => unknown }>(
  lifecycle: L,
  socketLimits: GraphQLLimits['socket'],
  subscribe: unknown,
) {
  const checkSession = lifecycle.onSubscribe as (ctx: unknown, id: string, payload: { query: string }) => unknown;
  return {
    ...lifecycle,
    validate: socketLimits.validate,
    onSubscribe: async (ctx: unknown, id: string, payload: { query: string }) => socketLimits.onSubscribe(ctx, id, payload) ?? checkSession(ctx, id, payload),
    subscribe,
  };
}
