import type { ReactNode } from 'react';

/** A wide table scrolls sideways inside its own region (keyboard-reachable) instead of widening the page. */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
