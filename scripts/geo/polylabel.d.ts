/** Types for `polylabel` 2.x (the package ships none since 2.0; `@types/polylabel` describes 1.x). */
declare module 'polylabel' {
  /**
   * The pole of inaccessibility of a polygon (`[outer, ...holes]`, rings of `[x, y]`): the inside point farthest
   * from its edges, to within `precision` in the input's units; `distance` is that farthest distance.
   */
  export default function polylabel(
    polygon: readonly (readonly (readonly number[])[])[],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
