import { useLayoutEffect, useRef, type ReactNode } from 'react';
import { fitScale } from './fit';

/**
 * Shows its content scaled down (never up) to fit the box it fills, so no slide scrolls at
 * 1280×800 or any other window. Styles are set directly: measuring needs several layouts
 * in one go, which a re-render per try could not give. Fitted after every render: the
 * content (slide, language, a re-ranked friction list) may have changed.
 */
export function FitToWindow({ children }: { children: ReactNode }) {
  const outer = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const box = outer.current;
    const content = inner.current;
    if (!box || !content) return;
    const fit = () => {
      const width = box.clientWidth;
      const height = box.clientHeight;
      content.style.transform = '';
      content.style.minHeight = '0';
      const scale = fitScale(width, height, (w) => {
        content.style.width = `${w}px`;
        return content.scrollHeight;
      });
      content.style.width = `${width / scale}px`;
      // As tall as the box at that scale, so a centred title slide stays centred.
      content.style.minHeight = `${height / scale}px`;
      content.style.transform = scale < 1 ? `scale(${scale})` : '';
      content.dataset.scale = scale.toFixed(3);
    };
    fit();
    // Web fonts arriving late change the text's size: fit again.
    void document.fonts?.ready.then(fit);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(fit);
    observer.observe(box);
    return () => observer.disconnect();
  });

  return (
    <div className="slide-fit" ref={outer}>
      <div className="slide-content" ref={inner} data-testid="slide-content">
        {children}
      </div>
    </div>
  );
}
