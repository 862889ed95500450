/** Indicators offered in the form and their French labels: libs/vocabulary (shared with the server's documents). */
export { INDICATOR_DIMENSIONS, INDICATOR_FRAMEWORK, dimensionLabel, indicatorLabel } from '@mnio/vocabulary';
