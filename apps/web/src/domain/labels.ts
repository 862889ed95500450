/** The French labels live in libs/vocabulary, shared with the server's documents: the pages import them from here. */
export * from '@mnio/vocabulary';
