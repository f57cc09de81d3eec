/**
 * The demo session the server offers when it runs with its own generated secret (the
 * `npm start` default): short-lived tokens for a learner, a host and an admin, and a demo
 * event. A production server (CPE_TOKEN_SECRET set) offers none (`available: false`); the
 * playground then runs the widgets on the bundled rules.
 */
export interface DemoSession {
  available: true;
  apiBase: string;
  eventId: string;
  eventTitle: string;
  learnerName: string;
  tokens: { learner: string; host: string; admin: string };
}

export async function loadSession(): Promise<DemoSession | undefined> {
  try {
    const response = await fetch('/demo/session.json');
    if (!response.ok) return undefined;
    const answer = (await response.json()) as DemoSession | { available: false };
    return answer.available ? answer : undefined;
  } catch {
    return undefined;
  }
}
