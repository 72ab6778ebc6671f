import { describe, expect, it } from 'vitest';
import {
  fontPixels,
  headingAmong,
  joinName,
  pageBox,
  sameOrder,
} from '../../../src/game/a11y/mirror-geometry';

describe('the DOM mirror’s geometry', () => {
  it('places an element over the control’s corners, scaled from canvas to page pixels', () => {
    const canvas = { x: 10, y: 20, width: 640, height: 360 };
    const corners = [
      { x: 100, y: 50 },
      { x: 300, y: 50 },
      { x: 100, y: 114 },
      { x: 300, y: 114 },
    ];
    expect(pageBox(corners, canvas, 1280, 720)).toEqual({ x: 60, y: 45, width: 100, height: 32 });
    expect(pageBox(corners, canvas, 640, 360)).toEqual({ x: 110, y: 70, width: 200, height: 64 });
  });

  it('names a control from the words drawn on it, blanks and line breaks dropped', () => {
    expect(joinName(['Les lieux\nde la crise', '  ', 'Placez les lieux'])).toBe(
      'Les lieux de la crise, Placez les lieux',
    );
    expect(joinName([])).toBe('');
  });

  it('takes the largest text as the heading, the highest of equals', () => {
    const texts = [
      { text: 'Chapitre 1', pixels: 34, top: 200 },
      { text: 'Choisir un niveau', pixels: 34, top: 20 },
      { text: 'Résumé', pixels: 20, top: 0 },
      { text: '   ', pixels: 90, top: 0 },
    ];
    expect(headingAmong(texts)?.text).toBe('Choisir un niveau');
    expect(headingAmong([])).toBeUndefined();
  });

  it('reads font sizes and compares orders', () => {
    expect(fontPixels('34px')).toBe(34);
    expect(fontPixels(20)).toBe(20);
    expect(fontPixels('large')).toBe(0);
    expect(sameOrder([1, 2], [1, 2])).toBe(true);
    expect(sameOrder([1, 2], [2, 1])).toBe(false);
  });
});
