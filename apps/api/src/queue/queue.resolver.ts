import { Args, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentUser, type AuthUser, type GraphQLContext } from '../auth/current-user.js';
import { Roles } from '../auth/roles.decorator.js';
import { CaseModel } from '../cases/case.model.js';
import { CasesService } from '../cases/cases.service.js';
import { UuidPipe } from '../common/uuid.pipe.js';
import type { CollectorEvent, QueueEvent, TeamEvent } from '../realtime/events.js';
import { PgEventBus } from '../realtime/pg-event-bus.js';
import { shareSubscriptionResults } from '../realtime/shared-subscription-results.js';
import { UserModel } from '../users/user.model.js';
import { MoveCasesInput } from './dto/move-cases.input.js';
import {
  CollectorQueueModel, LoadPreviewModel, MoveCasesResultModel, OrphanCasePageModel, QueueChangeModel,
} from './queue.model.js';
import { QueueService } from './queue.service.js';
import { TeamMovesService } from './team-moves.service.js';

const STEERING = ['LEAD', 'ADMIN'] as const;
const BOARD_VIEWERS = ['LEAD', 'MANAGER', 'ADMIN'] as const;

/** A lead sees their team's board; managers and admins see every team's. */
const boardScope = (user: AuthUser) => (user.role === 'LEAD' ? `team:${user.teamId ?? ''}` : 'all');
shareSubscriptionResults('teamQueuesChanged', boardScope);

@Resolver()
export class QueueResolver {
  private readonly boards = new WeakMap<TeamEvent, Map<string, Promise<CollectorQueueModel[]>>>();

  constructor(
    private readonly queue: QueueService,
    private readonly moves: TeamMovesService,
    private readonly cases: CasesService,
    private readonly events: PgEventBus,
  ) {}

  @Query(() => [CaseModel], { description: 'My assigned open cases: due ones first, then by priority.' })
  @Roles('COLLECTOR')
  myQueue(@CurrentUser() user: AuthUser): Promise<CaseModel[]> {
    return this.queue.myQueue(user);
  }

  @Query(() => [CollectorQueueModel])
  @Roles(...BOARD_VIEWERS)
  teamQueues(@CurrentUser() user: AuthUser): Promise<CollectorQueueModel[]> {
    return this.queue.teamQueues(user);
  }

  @Mutation(() => CaseModel, { nullable: true, description: 'Null when no case is eligible or my queue is full.' })
  @Roles('COLLECTOR')
  claimNextCase(@CurrentUser() user: AuthUser): Promise<CaseModel | null> {
    return this.queue.claimNext(user);
  }

  @Mutation(() => CaseModel)
  @Roles(...STEERING)
  reassignCase(
    @CurrentUser() user: AuthUser,
    @Args('caseId', { type: () => ID }, UuidPipe) caseId: string,
    @Args('collectorId', { type: () => ID }, UuidPipe) collectorId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ): Promise<CaseModel> {
    return this.queue.reassign(user, caseId, collectorId, expectedVersion);
  }

  @Mutation(() => CaseModel)
  @Roles('COLLECTOR', ...STEERING)
  releaseCase(@CurrentUser() user: AuthUser, @Args('caseId', { type: () => ID }, UuidPipe) caseId: string): Promise<CaseModel> {
    return this.queue.release(user, caseId);
  }

  @Mutation(() => MoveCasesResultModel, {
    description:
      'Moves cases to a collector or back to the pool, all or nothing: every case version-checked, leads only within ' +
      "their team, the target must work for each case's creditor and have room unless allowOverCapacity is set.",
  })
  @Roles(...STEERING)
  moveCases(@CurrentUser() user: AuthUser, @Args('input') input: MoveCasesInput): Promise<MoveCasesResultModel> {
    return this.moves.moveCases(user, input);
  }

  @Query(() => LoadPreviewModel, { description: 'The load per affected collector before and after a moveCases; changes nothing.' })
  @Roles(...STEERING)
  loadPreview(@CurrentUser() user: AuthUser, @Args('input') input: MoveCasesInput): Promise<LoadPreviewModel> {
    return this.moves.loadPreview(user, input);
  }

  @Query(() => OrphanCasePageModel, {
    description: 'Open cases with no assignee, no next action date and no activity for 30 days, highest priority first.',
  })
  @Roles(...BOARD_VIEWERS)
  orphanCases(
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('offset', { type: () => Int, defaultValue: 0 }) offset: number,
  ): Promise<OrphanCasePageModel> {
    return this.moves.orphanCases(limit, offset);
  }

  @Mutation(() => UserModel)
  @Roles(...STEERING)
  setCapacity(
    @CurrentUser() user: AuthUser,
    @Args('collectorId', { type: () => ID }, UuidPipe) collectorId: string,
    @Args('capacity', { type: () => Int }) capacity: number,
  ): Promise<UserModel> {
    return this.queue.setCapacity(user, collectorId, capacity);
  }

  @Subscription(() => QueueChangeModel, {
    description: "Changes to the caller's own queue.",
    filter: (event: QueueEvent, _args: unknown, ctx: GraphQLContext) => event.collectorId === ctx.user?.id,
    resolve(this: QueueResolver, event: QueueEvent, _args: unknown, ctx: GraphQLContext) {
      return this.queueChange(event, ctx.user!);
    },
  })
  @Roles('COLLECTOR')
  queueChanged() {
    return this.events.subscribe('queue');
  }

  @Subscription(() => UserModel, {
    description: "The caller as a team lead changed them (their capacity): the queue's 'n of capacity' follows at once.",
    filter: (event: CollectorEvent, _args: unknown, ctx: GraphQLContext) => event.collectorId === ctx.user?.id,
    resolve(this: QueueResolver, event: CollectorEvent) {
      return this.queue.ownSettings(event.collectorId);
    },
  })
  @Roles('COLLECTOR')
  myCapacityChanged() {
    return this.events.subscribe('collector');
  }

  @Subscription(() => [CollectorQueueModel], {
    description: "The whole board of the caller's team (all teams for managers and admins) after any change.",
    filter: (event: TeamEvent, _args: unknown, ctx: GraphQLContext) =>
      ctx.user?.role !== 'LEAD' || event.teamIds.includes(ctx.user.teamId ?? ''),
    resolve(this: QueueResolver, event: TeamEvent, _args: unknown, ctx: GraphQLContext) {
      return this.boardFor(event, ctx.user!);
    },
  })
  @Roles(...BOARD_VIEWERS)
  teamQueuesChanged() {
    return this.events.subscribe('team');
  }

  /**
   * Every subscriber receives the same event object: the board is computed once per event and
   * viewer scope (a lead's team, or all teams) and shared, not once per connected screen. This is a
   * fan-out share, not a cache of loaded rows: the board is one statement set per event and scope
   * (QueueService.teamQueues), and its entry goes with the event object once every screen has it.
   */
  private boardFor(event: TeamEvent, user: AuthUser): Promise<CollectorQueueModel[]> {
    const scope = boardScope(user);
    let boards = this.boards.get(event);
    if (!boards) {
      boards = new Map();
      this.boards.set(event, boards);
    }
    let board = boards.get(scope);
    if (!board) {
      board = this.queue.teamQueues(user);
      boards.set(scope, board);
    }
    return board;
  }

  private async queueChange(event: QueueEvent, user: AuthUser): Promise<QueueChangeModel> {
    const current = event.kind === 'REMOVED' ? null : await this.cases.findOne(user, event.caseId);
    return { kind: event.kind, caseId: event.caseId, case: current };
  }
}
