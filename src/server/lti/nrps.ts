/**
 * Names and Role Provisioning: a course's members, read page by page (`Link: rel="next"`)
 * with a service token, kept for a while and read again on demand, and the learners among
 * them who have not checked in to an event.
 */
import type { LtiPlatform } from '../store/lti-store.js';
import type { StoredEvent } from '../store/store.js';
import type { ScoreDelivery } from './ags.js';
import { learnerIdOf, scope } from './claims.js';
import type { LtiContext } from './context.js';
import { LtiRefusal } from './launch.js';

export interface CourseMember {
  userId: string;
  name?: string;
  email?: string;
  roles: string[];
}

interface Membership {
  user_id: string;
  name?: string;
  email?: string;
  roles?: string[];
  status?: string;
}

/** How long a course's list serves without asking the platform again. */
const CACHE_SECONDS = 10 * 60;
/** A course larger than this many pages is cut short rather than read forever. */
const MAX_PAGES = 100;
const LEARNER = 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner';

const nextLink = (header: string | null): string | undefined =>
  header
    ?.split(',')
    .map((part) => /<([^>]+)>\s*;\s*rel="?next"?/i.exec(part)?.[1])
    .find((url) => url !== undefined);

export class CourseRosters {
  private readonly cache = new Map<string, { members: CourseMember[]; fetchedAt: number }>();

  constructor(
    private readonly lti: LtiContext,
    private readonly delivery: ScoreDelivery,
  ) {}

  async members(platform: LtiPlatform, url: string, refresh: boolean) {
    const now = this.lti.app.now().getTime();
    const cached = this.cache.get(url);
    if (cached && !refresh && now - cached.fetchedAt < CACHE_SECONDS * 1000) return cached;
    const token = await this.delivery.tokens.token(platform, [scope.memberships]);
    const members: CourseMember[] = [];
    let next: string | undefined = url;
    for (let page = 0; next && page < MAX_PAGES; page += 1) {
      const response: Response = await this.lti.fetch(next, {
        headers: {
          authorization: `Bearer ${token}`,
          accept: 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json',
        },
      });
      if (!response.ok) {
        throw new LtiRefusal(422, { id: 'courseListUnavailable', status: response.status });
      }
      const body = (await response.json()) as { members?: Membership[] };
      for (const member of body.members ?? []) {
        if (member.status && member.status !== 'Active') continue;
        members.push({
          userId: member.user_id,
          roles: member.roles ?? [],
          ...(member.name ? { name: member.name } : {}),
          ...(member.email ? { email: member.email } : {}),
        });
      }
      next = nextLink(response.headers.get('link'));
    }
    const entry = { members, fetchedAt: now };
    this.cache.set(url, entry);
    return entry;
  }

  /** The learners of the event's courses who have no check-in in it. */
  async notCheckedIn(event: StoredEvent, refresh: boolean) {
    const links = await this.lti.app.store.lti.linksOfEvent(event.id);
    const checkedIn = new Set(
      (await this.lti.app.store.listCheckIns(event.id)).map((row) => row.learnerId),
    );
    const seen = new Set<string>();
    const absent: CourseMember[] = [];
    let learners = 0;
    let fetchedAt = this.lti.app.now().getTime();
    for (const link of links) {
      if (!link.membershipsUrl || seen.has(link.membershipsUrl)) continue;
      seen.add(link.membershipsUrl);
      const platform = await this.lti.app.store.lti.getPlatform(link.platformId);
      if (platform?.status !== 'active') continue;
      const course = await this.members(platform, link.membershipsUrl, refresh);
      fetchedAt = Math.min(fetchedAt, course.fetchedAt);
      for (const member of course.members) {
        if (!member.roles.some((role) => role === LEARNER || role === 'Learner')) continue;
        learners += 1;
        if (!checkedIn.has(learnerIdOf(platform.id, member.userId))) absent.push(member);
      }
    }
    return {
      members: learners,
      notCheckedIn: absent,
      fetchedAt: new Date(fetchedAt).toISOString(),
    };
  }
}
