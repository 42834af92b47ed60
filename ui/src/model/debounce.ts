// A debounced call whose pending run can also be cancelled or flushed: the friction
// re-ranking (150 ms) waits for the user to stop dragging a weight before asking the
// backend.
export interface Debounced {
  /** (Re)starts the wait; `fn` runs once, `ms` after the last call. */
  schedule(): void;
  cancel(): void;
  pending(): boolean;
}

export function debounced(fn: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    schedule() {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        fn();
      }, ms);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
    pending: () => timer !== null,
  };
}
