/**
 * The words a person reads for each code of the API's closed vocabularies, in French. Plain data and pure
 * functions, no Node or browser API: the web app (through the `@mnio/vocabulary` alias of its Vite and
 * TypeScript configurations) and the server's contexts share this one copy.
 */
export * from './labels-fr';
export * from './indicators-fr';
