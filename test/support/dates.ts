/** The ISO day `days` after (or before, when negative) an ISO day, counted in UTC. */
export const shiftDays = (iso: string, days: number): string => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
