/** A diverging scale in the classes: symmetric about the centre, in the diverging colours. */
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../theme/tokens.ts';
import { divergingScale } from '../palettes.ts';
import type { MapFigure } from '../types.ts';
import { choroplethClasses, unitFill } from './classes.ts';

const figure = (code: string, value: number): MapFigure => ({
  code,
  name: code,
  value,
  state: 'value',
  valueText: String(value),
});
// CPI y/y of five provinces; the nation at 3.48%.
const FIGURES = [
  figure('01', 3.1),
  figure('79', 3.9),
  figure('12', 2.2),
  figure('46', 3.48),
  figure('48', 4.7),
];

describe('the map builder with a diverging scale in its input', () => {
  const classes = choroplethClasses({
    figures: FIGURES,
    decimals: 2,
    polarity: 'neutral',
    theme: THEMES.light,
    scale: { kind: 'diverging', centre: 3.48 },
  });

  it('classes the values symmetrically around the centre with the diverging colours', () => {
    expect(classes.edges).toHaveLength(6);
    expect(classes.colors).toEqual(divergingScale(THEMES.light, 5));
    const fill = (code: string) => {
      const f = unitFill(
        FIGURES.find((x) => x.code === code),
        classes,
        2,
        THEMES.light,
      );
      return f.kind === 'class' ? f.classIndex : -1;
    };
    expect(fill('46')).toBe(2); // at the nation: the neutral middle
    expect(fill('12')).toBe(0); // furthest below
    expect(fill('48')).toBe(4); // furthest above
  });

  it('rounds a wanted even number of classes up to the next odd one', () => {
    const six = choroplethClasses({
      figures: FIGURES,
      classes: 6,
      decimals: 2,
      polarity: 'neutral',
      theme: THEMES.dark,
      scale: { kind: 'diverging', centre: 3.48 },
    });
    expect(six.colors).toHaveLength(7);
  });

  it('without a scale keeps the sequential quantile classes', () => {
    const sequential = choroplethClasses({
      figures: FIGURES,
      decimals: 2,
      polarity: 'neutral',
      theme: THEMES.light,
    });
    expect(sequential.colors).not.toContain('#f7f7f7');
  });
});
