// Small line icons for the node cards, drawn as SVG so they never depend on an emoji font
// (the desktop webview may have none).
import type { Actor } from '../../model/flowTypes';

const ICON_PATHS: Record<Actor | 'visit' | 'batch' | 'clock' | 'zoomIn' | 'zoomOut' | 'fit' | 'minimap', string> = {
  customer: 'M8 2.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 1 1 0-5M2.5 14c0-3.5 2.5-5 5.5-5s5.5 1.5 5.5 5',
  agent: 'M3 10V8a5 5 0 0 1 10 0v2M2.5 9.5h2v4h-2zM11.5 9.5h2v4h-2zM13 13.5c0 1-1.5 1.5-4 1.5',
  system:
    'M8 5a3 3 0 1 1 0 6a3 3 0 1 1 0-6M8 1.5v2M8 12.5v2M1.5 8h2M12.5 8h2M3.4 3.4l1.4 1.4M11.2 11.2l1.4 1.4M3.4 12.6l1.4-1.4M11.2 4.8l1.4-1.4',
  technician: 'M3 13l6.5-6.5M9 4.5a3 3 0 1 0 2.5 2.5l-1.5 0.2-1.2-1.2z',
  visit: 'M2 8l6-5l6 5M3.5 7v7h9V7M6.5 14v-4h3v4',
  batch: 'M2.5 3.5h11v3.5h-11zM2.5 9h11v3.5h-11z',
  clock: 'M8 2a6 6 0 1 1 0 12a6 6 0 1 1 0-12M8 4.5V8l2.5 1.5',
  zoomIn: 'M3 8h10M8 3v10',
  zoomOut: 'M3 8h10',
  fit: 'M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4',
  minimap: 'M1.5 3.5h13v9h-13zM8.5 8h4v3h-4z',
};

export function Icon({ name, label, size = 12 }: { name: keyof typeof ICON_PATHS; label?: string; size?: number }) {
  return (
    <svg
      className="flow-icon"
      viewBox="0 0 16 16"
      width={size}
      height={size}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    >
      <path d={ICON_PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}
