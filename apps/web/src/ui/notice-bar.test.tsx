import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { withIntl } from '../i18n/test-intl';
import { DismissibleNotice, NoticeBar } from './notice-bar';

const render = (node: ReactNode) => renderToStaticMarkup(withIntl(node));

describe('NoticeBar', () => {
  it('renders the plain notice as a polite status', () => {
    expect(render(<NoticeBar>Nothing new.</NoticeBar>)).toBe('<div class="notice" role="status">Nothing new.</div>');
  });

  it('colours by tone and announces errors at once', () => {
    expect(render(<NoticeBar tone="success">Done</NoticeBar>)).toContain('class="notice notice-success" role="status"');
    expect(render(<NoticeBar tone="error">Failed</NoticeBar>)).toContain('class="notice notice-error" role="alert"');
    expect(render(<NoticeBar role="alert">Changed</NoticeBar>)).toContain('class="notice" role="alert"');
  });

  it('adds extra classes, a test id and a dismiss button', () => {
    const html = render(
      <NoticeBar className="move-warn" testId="over-capacity" onClose={() => {}}>
        Over capacity
      </NoticeBar>,
    );
    expect(html).toContain('class="notice move-warn"');
    expect(html).toContain('data-testid="over-capacity"');
    expect(html).toContain('<button type="button" class="notice-close" aria-label="Dismiss">×</button>');
  });

  it('shows nothing without a notice', () => {
    expect(render(<DismissibleNotice notice={null} onClose={() => {}} />)).toBe('');
    expect(render(<DismissibleNotice notice={{ tone: 'info', text: 'Reloaded' }} onClose={() => {}} testId="team-notice" />)).toContain(
      'class="notice notice-info" role="status" data-testid="team-notice">Reloaded<button',
    );
  });
});
