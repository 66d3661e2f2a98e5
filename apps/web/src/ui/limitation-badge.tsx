import { Badge } from './badge';
import { limitationStatus } from './limitation';

/** How soon a limitation runs out, as a badge. */
export function LimitationBadge({ date, daysLeft }: { date: string | null; daysLeft: number | null }) {
  const status = limitationStatus(date, daysLeft);
  return <Badge tone={status.tone}>{status.text}</Badge>;
}
