import { drawBar } from '../src/charts/draw-bar.ts';

export const drawn = drawBar;
