import { Injectable } from '@nestjs/common';
import type { AuthUser } from '../auth/current-user.js';
import type { PortalCaller } from '../auth/portal-caller.js';
import type {
  PortalCaseModel, PortalLinkModel, PortalPlanInput, PortalPlanResultModel, PortalPlanSettingsInput,
  PortalPlanSettingsModel, PortalSessionModel,
} from './portal.model.js';

const notYet = (): never => {
  throw new Error('not yet');
};

@Injectable()
export class PortalService {
  issueLinkFor(_user: AuthUser, _caseId: string): Promise<PortalLinkModel> { return Promise.resolve(notYet()); }
  signIn(_token: string, _check: string, _client: string): Promise<PortalSessionModel> { return Promise.resolve(notYet()); }
  signOut(_caller: PortalCaller): Promise<boolean> { return Promise.resolve(notYet()); }
  portalCase(_caller: PortalCaller): Promise<PortalCaseModel> { return Promise.resolve(notYet()); }
  proposePlan(_caller: PortalCaller, _input: PortalPlanInput): Promise<PortalPlanResultModel> { return Promise.resolve(notYet()); }
  planSettings(_creditorId: string): Promise<PortalPlanSettingsModel> { return Promise.resolve(notYet()); }
  updatePlanSettings(_user: AuthUser, _creditorId: string, _input: PortalPlanSettingsInput): Promise<PortalPlanSettingsModel> { return Promise.resolve(notYet()); }
}
