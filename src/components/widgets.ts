/**
 * The one list of widgets. Plain data (no element is imported), so the vite config, the
 * server's `/embed/` route, the playground and the tests read it cheaply. A widget is its
 * folder `src/components/<tag>/` (element, styles, `define.ts`) plus one entry here; the
 * CDN entries, the playground tabs and the embed list derive from it, and
 * test/registry/registry.test.ts checks the lists that cannot (package.json `exports`,
 * src/cdn.ts, src/index.ts) against it. `npm run new-widget -- <name>` writes all of them.
 */

export interface Widget {
  /** The element's tag: also its folder, its CDN file (`/cdn/<tag>.js`) and `./define/<tag>`. */
  readonly tag: `cpe-${string}`;
  /** The class `<tag>/<tag>.ts` exports and the library entry re-exports. */
  readonly className: `Cpe${string}`;
  /** A short name, as the playground's tab shows it. */
  readonly title: string;
  /** One sentence on what it does for whom. */
  readonly summary: string;
  /**
   * `learner` widgets go on course pages and ride in the all-in-one `cpe-kit.js`; `catalog`
   * ones go on the pages a learner reads before enrolling, and `sponsor` ones serve the
   * sponsor's staff (reviewing); `account` ones go on the learner's own records page (their
   * certificates and transcript, looked at after the course, not during it). All three only
   * have their own bundle, so a course page never downloads them.
   */
  readonly audience: 'learner' | 'catalog' | 'sponsor' | 'account';
  /**
   * The attributes `/embed/<tag>` takes from its query; absent when the widget is not offered
   * as an iframe page. Never `token`: that travels in the fragment.
   */
  readonly embed?: readonly string[];
}

const entries = [
  {
    tag: 'cpe-credit-calculator',
    className: 'CpeCreditCalculator',
    title: 'Credit calculator',
    summary:
      'How many NASBA and ICMA credits a program earns, for every delivery method, with the reason for every rounding.',
    audience: 'learner',
    embed: ['api-base', 'method', 'increment', 'edition'],
  },
  {
    tag: 'cpe-attendance-check-in',
    className: 'CpeAttendanceCheckIn',
    title: 'Attendance check-in',
    summary:
      'Learners check in and out with the rotating code the host shows; hosts see the code, a live roster and a CSV export.',
    audience: 'learner',
    embed: ['api-base', 'event-id', 'role'],
  },
  {
    tag: 'cpe-refund-request',
    className: 'CpeRefundRequest',
    title: 'Refund request',
    summary:
      'A learner sees at once whether and how much they would be refunded, and why, then files a written request and gets a receipt.',
    audience: 'learner',
    embed: [
      'api-base',
      'enrollment-id',
      'product',
      'price-cents',
      'currency',
      'purchased-at',
      'event-start',
      'event-time-zone',
      'course-title',
    ],
  },
  {
    tag: 'cpe-refund-review',
    className: 'CpeRefundReview',
    title: 'Refund review (admin)',
    summary: 'The sponsor reviews written refund requests and approves or denies each with a note.',
    audience: 'sponsor',
  },
  {
    tag: 'cpe-program-details',
    className: 'CpeProgramDetails',
    title: 'Program details',
    summary:
      'The disclosure a learner reads before enrolling: objectives, credits by field of study, sessions, price, refund and complaint policies, sponsor ids.',
    audience: 'catalog',
    embed: ['api-base', 'program-id', 'version'],
  },
  {
    tag: 'cpe-transcript',
    className: 'CpeTranscript',
    title: 'Transcript',
    summary:
      'The learner’s certificates by year, credits by field of study and the ICMA annual requirement, with what is still needed and by when.',
    audience: 'account',
    embed: ['api-base', 'year', 'certified-year'],
  },
  {
    tag: 'cpe-certificate',
    className: 'CpeCertificate',
    title: 'Certificate',
    summary:
      'The learner’s certificate of completion for a program: view it, download the PDF and the credential, copy the verification link, or see what is still missing.',
    audience: 'account',
    embed: ['api-base', 'program-id', 'certificate-id'],
  },
] as const satisfies readonly Widget[];

export type WidgetTag = (typeof entries)[number]['tag'];

/** Every widget, in the order the playground shows them. */
export const widgets: readonly (Widget & { readonly tag: WidgetTag })[] = entries;
