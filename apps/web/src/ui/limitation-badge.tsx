import { useIntl } from 'react-intl';
import { Badge } from './badge';
import { limitationStatus } from './limitation';

/** How soon a limitation runs out, as a badge. */
export function LimitationBadge({ date, daysLeft }: { date: string | null; daysLeft: number | null }) {
  const intl = useIntl();
  const status = limitationStatus(date, daysLeft);
  return <Badge tone={status.tone}>{intl.formatMessage(status.text, status.values)}</Badge>;
}
