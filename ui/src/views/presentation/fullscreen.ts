// Full screen for presenting. The one place that decides how: the web page's Fullscreen API
// for now; the desktop window may be made full screen here too (Tauri window API) later.
export async function enterFullscreen(): Promise<void> {
  const root = typeof document === 'undefined' ? null : document.documentElement;
  if (!root?.requestFullscreen || document.fullscreenElement) return;
  try {
    await root.requestFullscreen();
  } catch {
    // Refused (no user gesture, or not allowed): presenting in the window still works.
  }
}

export async function exitFullscreen(): Promise<void> {
  if (typeof document === 'undefined' || !document.fullscreenElement || !document.exitFullscreen) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left (e.g. by the browser's own Escape).
  }
}
