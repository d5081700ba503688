/** Whole minutes to wait, at least one. */
export const minutes = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));
