import type { Linter } from 'eslint';

/** The layers, top to bottom: each may import only those after it. */
export declare const LAYERS: readonly string[];

/**
 * ESLint config objects enforcing the layer boundaries for `src/` and `mocks/` under `root`; packages are found
 * in `packagesRoot/node_modules` (`root` by default).
 */
export declare function layerBoundaries(options: {
  readonly root: string;
  readonly packagesRoot?: string;
}): Linter.Config[];
