import { useLabels } from '../i18n/labels';
import { Badge, type BadgeTone } from './badge';

const STATUS_TONES: Record<string, BadgeTone> = {
  OPEN: 'info',
  ON_HOLD: 'warn',
  PAID: 'good',
  UNCOLLECTIBLE: 'neutral',
  LEGAL: 'bad',
};

const LATE_STAGES = new Set<string>(['AGENCY', 'COURT', 'ENFORCEMENT']);

export function StageBadge({ stage }: { stage: string }) {
  return <Badge tone={LATE_STAGES.has(stage) ? 'accent' : 'neutral'}>{useLabels().stage(stage)}</Badge>;
}

export function StatusBadge({ status }: { status: string }) {
  return <Badge tone={STATUS_TONES[status] ?? 'neutral'}>{useLabels().status(status)}</Badge>;
}

const PROMISE_TONES: Record<string, BadgeTone> = { OPEN: 'info', KEPT: 'good', BROKEN: 'bad' };

export function PromiseStatusBadge({ status }: { status: string }) {
  return <Badge tone={PROMISE_TONES[status] ?? 'neutral'}>{useLabels().promise(status)}</Badge>;
}

export function DebtorKindBadge({ kind }: { kind: string }) {
  return <Badge tone="neutral">{useLabels().debtorKind(kind)}</Badge>;
}
