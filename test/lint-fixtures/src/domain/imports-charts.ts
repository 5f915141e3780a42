import { drawBar } from '../charts/draw-bar.ts';

export const upwards = drawBar;
