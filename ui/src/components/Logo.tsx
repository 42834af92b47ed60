/** The Touchmap mark: three touchpoints on a journey line (drawn here, no remote image). */
export function Logo() {
  return (
    <svg className="logo" width="22" height="22" viewBox="0 0 24 24" aria-hidden="true">
      <rect width="24" height="24" rx="6" fill="var(--accent)" />
      <path d="M4 16 C8 6, 12 18, 20 8" fill="none" stroke="var(--on-accent)" strokeWidth="2" />
      <circle cx="4.5" cy="15.5" r="2" fill="var(--on-accent)" />
      <circle cx="12" cy="13" r="2" fill="var(--on-accent)" />
      <circle cx="19.5" cy="8.5" r="2" fill="var(--on-accent)" />
    </svg>
  );
}
