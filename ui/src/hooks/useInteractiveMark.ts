import { useEffect } from 'react';

/**
 * The performance mark of start-up: the first time a workspace is on screen and takes input.
 * `scripts/measure.sh` reads it on the page's own clock, so the start-up figure is the app's,
 * not the delay of WebDriver's polling for the ready element (a few hundred ms).
 */
export const INTERACTIVE_MARK = 'touchmap-interactive';

/** Marks start-up done once `interactive` is first true (an effect: after the commit). */
export function useInteractiveMark(interactive: boolean): void {
  useEffect(() => {
    if (interactive && performance.getEntriesByName(INTERACTIVE_MARK).length === 0) {
      performance.mark(INTERACTIVE_MARK);
    }
  }, [interactive]);
}
