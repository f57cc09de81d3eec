/** A TCP port on loopback that nothing listens on right now. */
export function freePort(): Promise<number>;
