/**
 * Every status and priority colour of the palette is readable (WCAG AA, 4.5:1 for body text) on
 * every surface it can sit on: the panels, the page, the highlighted (chosen, selected) rows and
 * the priorities' own tints. axe checks the screens the end-to-end tests show; this checks the
 * pairs no test happens to render.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../../../renderer/src/styles/base.css', import.meta.url), 'utf8');
const palette = new Map([...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!]));

const TEXT = ['text', 'text-muted', 'accent', 'p1', 'p2', 'p3', 'p4', 'ok', 'warn', 'danger'];
const BACKGROUNDS = ['surface', 'bg', 'surface-sunken', 'accent-soft', 'p1-soft', 'p2-soft', 'p3-soft', 'p4-soft'];

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('palette contrast', () => {
  it('computes WCAG ratios (black on white is 21:1, the amber once reported is 4.47:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#a35a00', '#e6eefb')).toBeCloseTo(4.47, 2);
  });

  it.each(TEXT)('--%s is at least 4.5:1 on every background', (fg) => {
    const colour = palette.get(fg);
    expect(colour, `--${fg} in base.css`).toBeDefined();
    const low = BACKGROUNDS.map((bg) => ({ bg, ratio: contrast(colour!, palette.get(bg)!) })).filter((p) => p.ratio < 4.5);
    expect(low.map((p) => `--${fg} on --${p.bg}: ${p.ratio.toFixed(2)}:1`)).toEqual([]);
  });
});
