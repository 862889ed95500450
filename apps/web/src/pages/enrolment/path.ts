/** The enrolment page's address (its own module, so that the signed-out shell knows it without loading the page). */
export const ENROLMENT_PATH = '/inscription';
