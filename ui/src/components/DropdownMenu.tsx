import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useDismiss } from '../hooks/useDismiss';

interface Props {
  label: string;
  testId: string;
  /** The items; `close` closes the menu (call it before acting). */
  children(close: () => void): ReactNode;
  onClose?(): void;
}

/** A header menu: a toggle button and, while open, its items; outside clicks and Escape close it. */
export function DropdownMenu({ label, testId, children, onClose }: Props) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    onClose?.();
  }, [onClose]);
  useDismiss(ref, open, close);
  return (
    <div className="menu" ref={ref}>
      <button
        type="button"
        className="btn btn-ghost"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid={testId}
        onClick={() => setOpen((o) => !o)}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu-list" role="menu">
          {children(close)}
        </div>
      )}
    </div>
  );
}
