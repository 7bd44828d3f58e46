/** Seconds as the minutes reports and rule texts show (a SyncInterval may be as short as 5 s). */
export const minutes = (seconds: number): string => `${Number((seconds / 60).toFixed(2))} min`;
