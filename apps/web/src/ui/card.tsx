import type { ReactNode } from 'react';

export function Card({
  title,
  actions,
  children,
  className,
  testId,
  flush = false,
}: {
  flush?: boolean;
  title?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <section className={`card ${className ?? ''}`.trim()} data-testid={testId}>
      {title || actions ? (
        <header className="card-header">
          {title ? <h3 className="card-title">{title}</h3> : <span />}
          {actions ? <div className="card-actions">{actions}</div> : null}
        </header>
      ) : null}
      <div className={flush ? 'card-body card-body-flush' : 'card-body'}>{children}</div>
    </section>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <p className="empty-title">{title}</p>
      {children ? <div className="muted">{children}</div> : null}
    </div>
  );
}
