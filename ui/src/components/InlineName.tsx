import { useState } from 'react';

/**
 * A name edited in place: committed on Enter or when focus leaves (one edit, one undo step),
 * reverted on Escape; an empty name is not committed unless `allowEmpty` (e.g. a description).
 */
export function InlineName({
  value,
  label,
  onCommit,
  testId,
  allowEmpty = false,
  placeholder,
}: {
  value: string;
  label: string;
  onCommit: (name: string) => void;
  testId?: string;
  allowEmpty?: boolean;
  placeholder?: string;
}) {
  const [draft, setDraft] = useState(value);
  const [last, setLast] = useState(value);
  // Follows renames that come from elsewhere (undo), as React's docs suggest, without an effect.
  if (value !== last) {
    setLast(value);
    setDraft(value);
  }
  const commit = () => {
    const name = draft.trim();
    if (!name && !allowEmpty) setDraft(value);
    else if (name !== value) onCommit(name);
  };
  return (
    <input
      className="input input-inline grow"
      value={draft}
      aria-label={label}
      placeholder={placeholder}
      data-testid={testId}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.currentTarget.blur();
        if (e.key === 'Escape') {
          setDraft(value);
          e.stopPropagation();
        }
      }}
    />
  );
}
