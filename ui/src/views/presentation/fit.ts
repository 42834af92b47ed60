// Scaling a slide to the window: the largest scale (at most 1) at which the content, laid out
// as wide as the window allows at that scale, is no taller than the window. Laid out wider,
// wrapped content gets shorter, so a smaller scale always buys room and the search can halve.

/** The height of the content laid out at `width` CSS pixels, unscaled. */
export type HeightAt = (width: number) => number;

const STEPS = 7;

export function fitScale(width: number, height: number, heightAt: HeightAt): number {
  if (width <= 0 || height <= 0) return 1;
  const natural = heightAt(width);
  if (natural <= height) return 1;
  // Fits for sure: at this scale the content is at least as wide, so no taller than `natural`.
  let low = height / natural;
  let high = 1;
  for (let i = 0; i < STEPS; i++) {
    const mid = (low + high) / 2;
    if (heightAt(width / mid) * mid <= height) low = mid;
    else high = mid;
  }
  return low;
}
