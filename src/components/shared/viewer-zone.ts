/**
 * The viewer's own IANA zone. Apart from the formatters (format.ts), so a first render that
 * only needs the zone does not load them.
 */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
