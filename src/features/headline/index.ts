/** The leader's headline of a board: sentences from a generator, each number linked to its panel. */
export { Headline, useHeadlineContext } from './headline.tsx';
