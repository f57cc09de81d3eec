/** What the playground offers to edit for each widget, with sensible starting values. */
import { widgets as registry, type WidgetTag } from '../src/components/widgets.js';

export interface AttributeControl {
  name: string;
  label: string;
  /** The attribute's value as the widget gets it ('' leaves it out). */
  value: string;
  /**
   * `money`: an amount in the currency, written as minor units (`price-cents`);
   * `datetime`: a date-time picker, written as an ISO instant; `flag`: a boolean attribute.
   */
  type?: 'text' | 'money' | 'datetime' | 'flag';
  options?: [value: string, label: string][];
  /** Only offered (and only written) when this holds for the other values. */
  showIf?: (values: Map<string, string>) => boolean;
  hint?: string;
}

export interface WidgetDemo {
  tag: WidgetTag;
  title: string;
  description: string;
  attributes: AttributeControl[];
  /** Takes the demo event's id in both modes. */
  usesEvent?: boolean;
  /** Which demo token the widget carries in API mode, if any. */
  tokenRole?: (attributes: Map<string, string>) => 'learner' | 'host' | 'admin' | undefined;
  /** Properties the widget gets in local mode (what an author would set from script). */
  localProperties?: () => Record<string, unknown>;
}

const day = 86_400_000;
/** An instant as an ISO string with the viewer's offset, whole minutes. */
function isoInDays(days: number): string {
  const date = new Date(Math.round((Date.now() + days * day) / 60_000) * 60_000);
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A self-study course has no event: its start and zone would only confuse the snippet. */
const liveProduct = (values: Map<string, string>): boolean =>
  values.get('product') !== 'self-study';

/** The playground's wiring per widget; one without any shows with an empty editor. */
type DemoSettings = Partial<
  Pick<WidgetDemo, 'attributes' | 'usesEvent' | 'tokenRole' | 'localProperties'>
>;

/** The disclosure card's local sample: a group-live program with one session next week. */
function sampleProgram(): Record<string, unknown> {
  // 9:00 to 10:40 in Chicago (15:00Z in winter), a week from today.
  const date = isoInDays(7).slice(0, 10);
  const start = `${date}T15:00:00Z`;
  const end = `${date}T16:40:00Z`;
  return {
    title: 'Audit Update 2026',
    description:
      'What changed this year in auditing standards and ethics rules, with worked examples.',
    objectives: ['Apply the new risk-assessment standard', 'Spot independence threats early'],
    deliveryMethod: 'group-live',
    knowledgeLevel: 'Update',
    fieldsOfStudy: [
      { field: 'Auditing', credits: 1.2 },
      { field: 'Regulatory Ethics', credits: 0.8 },
    ],
    prerequisites: 'Two years of audit experience',
    instructors: [{ name: 'Grace Hopper', credentials: 'CPA' }],
    attendanceRequirements: 'Check in with the code shown in the room; answer the prompts.',
    location: 'Chicago, IL',
    timeZone: 'America/Chicago',
    product: 'live-event',
    priceCents: 45000,
    currency: 'USD',
    events: [{ title: 'Morning session', timeZone: 'America/Chicago', segments: [{ start, end }] }],
  };
}

/** The transcript's local sample: last year met with 8 to carry, this year under way. */
function sampleCompletions(): Record<string, unknown>[] {
  const year = new Date().getFullYear();
  const completion = (date: string, title: string, byField: [string, number][]) => {
    const total = byField.reduce((sum, [, credits]) => sum + credits, 0);
    return {
      program: { title, deliveryMethod: 'group-live' },
      completedOn: date,
      credits: {
        nasba: total,
        icma: total,
        byField: byField.map(([field, credits]) => ({ field, credits })),
      },
    };
  };
  return [
    completion(`${year - 1}-03-04`, 'Tax Update', [['Taxes', 24]]),
    completion(`${year - 1}-05-20`, 'Ethics for CMAs', [['Regulatory Ethics', 2]]),
    completion(`${year - 1}-10-01`, 'Audit Basics', [['Auditing', 12]]),
    completion(`${year}-02-10`, 'Audit Update', [
      ['Auditing', 7.2],
      ['Behavioral Ethics', 0.8],
    ]),
    completion(`${year}-04-22`, 'Managing Cash Flow', [['Finance', 4]]),
  ];
}

/** The certificate card's local preview: the group-live sample program, completed last week. */
function sampleCertificate(): Record<string, unknown> {
  const id = 'q9Yc2vR4TQ-7m1s0bXk3aw';
  return {
    id,
    status: 'valid',
    enrollmentId: 'sample-enrollment',
    programId: 'sample-program',
    programVersion: 1,
    learner: { id: 'ada', name: 'Ada Lovelace' },
    program: {
      title: 'Audit Update 2026',
      deliveryMethod: 'group-live',
      location: 'Chicago, IL',
      timeZone: 'America/Chicago',
    },
    completedOn: isoInDays(-7).slice(0, 10),
    credits: {
      nasba: 2,
      icma: 2,
      byField: [
        { field: 'Auditing', credits: 1.2 },
        { field: 'Regulatory Ethics', credits: 0.8 },
      ],
    },
    sponsor: {
      name: 'Institute of Management Accountants',
      contact: 'Member Services, +1 (800) 638-4427',
      nasbaSponsorId: '103004',
      stateSponsorIds: [{ state: 'TX', id: '000028' }],
      representative: { name: 'Grace Hopper', title: 'Director of Professional Education' },
    },
    statement: 'CPE credits are granted on the basis of a 50-minute hour.',
    issuedAt: isoInDays(-7),
    verifyUrl: `${location.origin}/verify/${id}`,
    links: { pdf: `/v1/certificates/${id}.pdf`, credential: `/v1/certificates/${id}/credential` },
  };
}

const settings: Partial<Record<WidgetTag, DemoSettings>> = {
  'cpe-credit-calculator': {
    attributes: [
      {
        name: 'method',
        label: 'Delivery method',
        value: 'group-live',
        options: [
          ['group-live', 'Group live'],
          ['group-internet', 'Group internet'],
          ['blended', 'Blended'],
          ['self-study', 'Self study'],
          ['nano', 'Nano learning'],
          ['recorded-webinar', 'Recorded webinar'],
          ['college', 'College course'],
        ],
      },
      {
        name: 'increment',
        label: 'Increment',
        value: '',
        options: [
          ['', 'The sponsor’s policy decides'],
          ['fifth', 'Fifths (0.2)'],
          ['half', 'Halves (0.5)'],
        ],
      },
      {
        name: 'edition',
        label: 'Standards edition',
        value: '',
        options: [
          ['', 'The sponsor’s policy decides'],
          ['2024', '2024'],
          ['2026', '2026'],
        ],
      },
      {
        name: 'show-policy-options',
        label: 'Let the viewer change increment and edition',
        value: '',
        type: 'flag',
        hint: 'For course authors trying what-ifs; learners should see the policy’s own.',
      },
    ],
  },
  'cpe-attendance-check-in': {
    usesEvent: true,
    tokenRole: (attributes) => (attributes.get('role') === 'host' ? 'host' : 'learner'),
    attributes: [
      {
        name: 'role',
        label: 'View',
        value: 'learner',
        options: [
          ['learner', 'Learner'],
          ['host', 'Host'],
        ],
      },
    ],
  },
  'cpe-refund-request': {
    tokenRole: () => 'learner',
    attributes: [
      {
        name: 'enrollment-id',
        label: 'Enrollment id',
        value: '',
        hint: 'API mode: judge the request from this enrollment of record instead of the facts below.',
      },
      {
        name: 'product',
        label: 'Product',
        value: 'self-study',
        options: [
          ['self-study', 'Self-study course'],
          ['live-event', 'Live event or webinar'],
          ['conference', 'Conference'],
        ],
      },
      { name: 'course-title', label: 'Course title', value: 'Managing Cash Flow' },
      { name: 'price-cents', label: 'Price paid', value: '19999', type: 'money' },
      {
        name: 'currency',
        label: 'Currency',
        value: 'USD',
        options: [
          ['USD', 'US dollar (USD)'],
          ['CAD', 'Canadian dollar (CAD)'],
          ['EUR', 'Euro (EUR)'],
          ['GBP', 'Pound sterling (GBP)'],
        ],
      },
      { name: 'purchased-at', label: 'Purchased', value: isoInDays(-12), type: 'datetime' },
      {
        name: 'event-start',
        label: 'Event starts',
        value: isoInDays(9),
        type: 'datetime',
        showIf: liveProduct,
      },
      {
        name: 'event-time-zone',
        label: 'Event time zone',
        value: 'America/New_York',
        showIf: liveProduct,
      },
    ],
  },
  'cpe-refund-review': {
    tokenRole: () => 'admin',
  },
  'cpe-program-details': {
    attributes: [
      {
        name: 'program-id',
        label: 'Program id',
        value: '',
        hint: 'API mode: a published program’s id (POST /v1/programs). Local mode shows a sample.',
      },
    ],
    localProperties: () => ({ program: sampleProgram() }),
  },
  'cpe-transcript': {
    tokenRole: () => 'learner',
    attributes: [
      { name: 'year', label: 'Year shown', value: '', hint: 'This year when left empty.' },
      {
        name: 'certified-year',
        label: 'Certified as a CMA in',
        value: '',
        hint: 'The ICMA requirement starts the year after; empty counts from the first certificate.',
      },
    ],
    localProperties: () => ({ completions: sampleCompletions() }),
  },
  'cpe-certificate': {
    tokenRole: () => 'learner',
    attributes: [
      {
        name: 'program-id',
        label: 'Program id',
        value: '',
        hint: 'API mode: the learner’s certificate for this program, or what is still missing.',
      },
      {
        name: 'certificate-id',
        label: 'Certificate id',
        value: '',
        hint: 'API mode: one certificate by its id. Local mode shows a sample.',
      },
    ],
    localProperties: () => ({ certificate: sampleCertificate() }),
  },
};

/** The registry's widgets, in its order, with their playground settings. */
export const widgets: WidgetDemo[] = registry.map(({ tag, title, summary }) => ({
  tag,
  title,
  description: summary,
  attributes: [],
  ...settings[tag],
}));
