import { useEffect, useId, useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, useLocation } from 'react-router';
import { AREA_LABELS, type Area } from './role-routes';

/**
 * The areas that do not fit in the top bar, behind a "More" button (the disclosure navigation
 * pattern: a button with aria-expanded and a list of links). Esc, a click elsewhere or following a
 * link closes it.
 */
export function NavMore({ items }: { items: { area: Area; path: string }[] }) {
  const intl = useIntl();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const active = items.some((i) => pathname.startsWith(i.path));
  return (
    <div className="nav-more" ref={root}>
      <button
        ref={button}
        type="button"
        className={`nav-link nav-more-button${active ? ' active' : ''}`}
        aria-expanded={open}
        aria-controls={listId}
        data-testid="nav-more"
        onClick={() => setOpen((o) => !o)}
      >
        <FormattedMessage id="app.nav.more" defaultMessage="More" />
        <span aria-hidden="true"> ▾</span>
      </button>
      <ul id={listId} className="nav-more-list" hidden={!open}>
        {items.map((item) => (
          <li key={item.area}>
            <NavLink to={item.path} className={({ isActive }) => `nav-more-link${isActive ? ' active' : ''}`}>
              {intl.formatMessage(AREA_LABELS[item.area])}
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
