/**
 * Answers the bundled rules gave in place of an unreachable API (see fallback.ts). They are
 * marked here rather than in the answer itself, so an answer stays the plain JSON the API
 * sends (it becomes an event's `detail`), and this module stays small enough for a first load.
 */
const standIns = new WeakSet<object>();

export function markStandIn<T extends object>(answer: T): T {
  standIns.add(answer);
  return answer;
}

/** True when `answer` came from the bundled rules because the API could not be reached. */
export function isStandIn(answer: object): boolean {
  return standIns.has(answer);
}
