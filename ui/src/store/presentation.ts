// Presentation mode: whether the app is presenting and which slide is shown.
import { create } from 'zustand';
import { enterFullscreen, exitFullscreen } from '../views/presentation/fullscreen';

interface PresentationState {
  open: boolean;
  index: number;
  start(): void;
  stop(): void;
  go(index: number): void;
}

export const usePresentation = create<PresentationState>()((set) => ({
  open: false,
  index: 0,
  start() {
    set({ open: true, index: 0 });
    void enterFullscreen();
  },
  stop() {
    set({ open: false });
    void exitFullscreen();
  },
  go: (index) => set({ index }),
}));
