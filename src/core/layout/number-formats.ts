/** Dates in the tables TrustTier writes: ISO order, so they sort and read the same everywhere. */
export const DATE_FORMAT = "yyyy-mm-dd";
