// Presentation mode: whether the app is presenting, which segments and which slide is shown.
import { create } from 'zustand';
import type { PresentScope } from '../model/slides';
import { enterFullscreen, exitFullscreen } from '../views/presentation/fullscreen';

interface PresentationState {
  open: boolean;
  index: number;
  /** The selected segment only, or every segment in turn; kept between presentations. */
  scope: PresentScope;
  start(): void;
  stop(): void;
  go(index: number): void;
  setScope(scope: PresentScope): void;
}

export const usePresentation = create<PresentationState>()((set) => ({
  open: false,
  index: 0,
  scope: 'segment',
  start() {
    set({ open: true, index: 0 });
    void enterFullscreen();
  },
  stop() {
    set({ open: false });
    void exitFullscreen();
  },
  go: (index) => set({ index }),
  // Another deck: start it from its title.
  setScope: (scope) => set({ scope, index: 0 }),
}));
