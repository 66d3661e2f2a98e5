import { useQuery } from '@apollo/client/react';
import { FormattedMessage, useIntl } from 'react-intl';
import { DEMO_DATA } from './demo-data.graphql';

/**
 * Whether this Mahnwerk holds demo data (the `demoData` query: active demo accounts exist). Asked
 * once per page load; false until the answer is in, so nothing demo-only flashes up on a real instance.
 */
export function useDemoData(): boolean {
  const { data } = useQuery(DEMO_DATA, { fetchPolicy: 'cache-first' });
  return data?.demoData === true;
}

/** A visible "Demo data" marker, shown while the instance holds demo data. */
export function DemoMarker({ onDark = false }: { onDark?: boolean }) {
  const intl = useIntl();
  const demo = useDemoData();
  if (!demo) return null;
  return (
    <span
      className={`demo-marker${onDark ? ' demo-marker-on-dark' : ''}`}
      role="status"
      title={intl.formatMessage({
        id: 'ui.demo.title',
        defaultMessage: 'This Mahnwerk holds demo data: invented debtors and cases, and demo logins whose password is public. Do not enter real data.',
      })}
      data-testid="demo-marker"
    >
      <FormattedMessage id="ui.demo.marker" defaultMessage="Demo data" />
    </span>
  );
}
