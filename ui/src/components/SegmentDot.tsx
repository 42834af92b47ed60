export function SegmentDot({ colour }: { colour: string }) {
  return <span className="segment-dot" style={{ background: colour }} aria-hidden="true" />;
}
