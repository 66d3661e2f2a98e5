import { Badge, type BadgeTone } from './badge';
import { CASE_STATUS_LABELS, STAGE_LABELS, type CaseStatus, type DunningStage } from './format';

export function statusLabel(status: string): string {
  return CASE_STATUS_LABELS[status as CaseStatus] ?? status;
}

const STATUS_TONES: Record<string, BadgeTone> = {
  OPEN: 'info',
  ON_HOLD: 'warn',
  PAID: 'good',
  UNCOLLECTIBLE: 'neutral',
  LEGAL: 'bad',
};

const LATE_STAGES = new Set<string>(['AGENCY', 'COURT', 'ENFORCEMENT']);

export function stageLabel(stage: string): string {
  return STAGE_LABELS[stage as DunningStage] ?? stage;
}

export function StageBadge({ stage }: { stage: string }) {
  return <Badge tone={LATE_STAGES.has(stage) ? 'accent' : 'neutral'}>{stageLabel(stage)}</Badge>;
}

export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status] ?? 'neutral'}>{statusLabel(status)}</Badge>;
}

const PROMISE_TONES: Record<string, BadgeTone> = { OPEN: 'info', KEPT: 'good', BROKEN: 'bad' };
const PROMISE_LABELS: Record<string, string> = { OPEN: 'Open', KEPT: 'Kept', BROKEN: 'Broken' };

export function PromiseStatusBadge({ status }: { status: string }) {
  return <Badge tone={PROMISE_TONES[status] ?? 'neutral'}>{PROMISE_LABELS[status] ?? status}</Badge>;
}

export function DebtorKindBadge({ kind }: { kind: string }) {
  return <Badge tone="neutral">{kind === 'BUSINESS' ? 'Business' : kind === 'CONSUMER' ? 'Consumer' : kind}</Badge>;
}

export const ROLE_LABELS: Record<string, string> = {
  COLLECTOR: 'Collector',
  LEAD: 'Team lead',
  MANAGER: 'Manager',
  ADMIN: 'Admin',
};
