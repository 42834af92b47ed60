import { useState, type ReactNode } from 'react';

/** A name input with an Add button under a list. */
export function AddRow({
  placeholder,
  buttonLabel,
  onAdd,
  testId,
  children,
}: {
  placeholder: string;
  buttonLabel: string;
  onAdd: (name: string) => void;
  testId: string;
  children?: ReactNode;
}) {
  const [name, setName] = useState('');
  return (
    <form
      className="add-row"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) return;
        onAdd(name.trim());
        setName('');
      }}
    >
      <input
        className="input grow"
        value={name}
        placeholder={placeholder}
        aria-label={placeholder}
        data-testid={`${testId}-input`}
        onChange={(e) => setName(e.target.value)}
      />
      {children}
      <button type="submit" className="btn btn-primary" data-testid={testId} disabled={!name.trim()}>
        + {buttonLabel}
      </button>
    </form>
  );
}
