/** The header that names the process that answered, when SERVED_BY_HEADER is set. */
export const SERVED_BY = 'X-Served-By';
