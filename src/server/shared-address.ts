/**
 * Many learners checking in from one address within seconds: the sign of a code passed
 * around a chat (or of one office's NAT: the roster flags it, the host judges). Addresses are
 * kept as a keyed hash, per event, so the store never holds where anyone connected from.
 */
import { createHmac } from 'node:crypto';
import type { CheckInRow } from './store/store.js';

/** This many different learners... */
export const SHARED_ADDRESS_LEARNERS = 4;
/** ...checking in from one address within this span are flagged `shared-address`. */
export const SHARED_ADDRESS_SECONDS = 10;

export const addressHash = (eventSecret: string, address: string): string =>
  createHmac('sha256', eventSecret).update(address).digest('base64url').slice(0, 22);

/** The learners whose `in` shares an address with enough others' within the span. */
export function sharedAddressLearners(rows: CheckInRow[]): Set<string> {
  const byAddress = new Map<string, { learnerId: string; ms: number }[]>();
  for (const row of rows) {
    if (row.kind !== 'in' || !row.clientAddress || row.correctedBy) continue;
    let list = byAddress.get(row.clientAddress);
    if (!list) byAddress.set(row.clientAddress, (list = []));
    list.push({ learnerId: row.learnerId, ms: Date.parse(row.at) });
  }
  const flagged = new Set<string>();
  for (const list of byAddress.values()) {
    list.sort((a, b) => a.ms - b.ms);
    // A sliding span over the check-ins in time order; `start` is its oldest.
    let start = 0;
    for (let end = 0; end < list.length; end += 1) {
      while (list[end]!.ms - list[start]!.ms > SHARED_ADDRESS_SECONDS * 1000) start += 1;
      const span = list.slice(start, end + 1);
      const learners = new Set(span.map((item) => item.learnerId));
      if (learners.size >= SHARED_ADDRESS_LEARNERS) for (const id of learners) flagged.add(id);
    }
  }
  return flagged;
}
