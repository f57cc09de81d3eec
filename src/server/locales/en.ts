/**
 * The certificate PDF and the verify page in English: the source table. Every other locale
 * is typed as `Messages`, so a key missing from it is a type error.
 */
import {
  creditStatement,
  deliveryMethodLabel,
  type CertificateState,
} from '../../policy/certificates.js';
import { DeliveryMethod } from '../../policy/schemas.js';
import { widgets, type WidgetTag } from '../../components/widgets.js';

/** What a course shows of a widget: its name and one sentence (the registry's, in English). */
export type WidgetWords = Record<WidgetTag, { title: string; summary: string }>;

type Verdicts = Record<CertificateState | 'unknown', { heading: string; text: string }>;

export const en = {
  certificate: {
    documentTitle: (program: string) => `Certificate of completion: ${program}`,
    documentSubject: (id: string, learner: string) => `CPE certificate ${id} for ${learner}`,
    heading: 'Certificate of Completion',
    certifies: (sponsor: string) => `${sponsor} certifies that`,
    completed: 'has completed the program',
    dateCompleted: (date: string) => `Date completed: ${date}`,
    deliveryMethod: (method: DeliveryMethod) => `Delivery method: ${deliveryMethodLabel(method)}`,
    location: (place: string) => `Location: ${place}`,
    fieldOfStudy: 'Field of study',
    credits: 'CPE credits',
    totalNasba: 'Total NASBA CPE credits',
    icma: 'ICMA CPE credits',
    nasbaSponsorId: (id: string) => `NASBA sponsor id ${id}`,
    stateSponsorIds: (states: string) => `State sponsor numbers: ${states}`,
    /** The 50-minute statement (a certificate stores it in English as issued). */
    creditStatement: (unitMinutes: number) => creditStatement({ credits: { unitMinutes } }),
    verifiedBy: (name: string, title: string) => `Verified by ${name}, ${title}`,
    certificateId: (id: string) => `Certificate id ${id}`,
    verifyAt: (url: string) => `Verify at ${url}`,
    qrAlt: (url: string) => `QR code of the verification link ${url}`,
    revoked: (on: string | undefined, reason: string | undefined) =>
      `REVOKED${on ? ` on ${on}` : ''}: ${reason ?? 'no reason given'}`,
    superseded: (by: string) => `SUPERSEDED by certificate ${by}, re-issued with corrected credits`,
  },
  verify: {
    verdicts: {
      valid: { heading: 'Valid certificate', text: 'This certificate is on record and valid.' },
      revoked: {
        heading: 'Revoked certificate',
        text: 'This certificate was issued but has been revoked by the sponsor. It no longer counts.',
      },
      superseded: {
        heading: 'Replaced certificate',
        text: 'This certificate was replaced by a corrected one. Ask the learner for the current certificate.',
      },
      unknown: {
        heading: 'Unknown certificate',
        text: 'No certificate with this id is on record. Check the link or the id on the certificate.',
      },
    } satisfies Verdicts,
    participant: 'Participant',
    program: 'Program',
    completed: 'Completed',
    credits: 'CPE credits',
    creditFigures: (nasba: string, icma: string) => `${nasba} NASBA, ${icma} ICMA`,
    footer: (sponsor: string) => `Certificates of ${sponsor}, checked against its records.`,
  },
  /** The LTI launch page around the widget (its script fills in the words that change). */
  launch: {
    signingIn: 'Signing you in…',
    notConfirmed: 'Sign-in could not be confirmed: {error}',
    signInFailed: 'Sign-in failed',
    openAgain: 'Open the link in the course again.',
    rosterHeading: 'In the course, not checked in',
    rosterRefresh: 'Refresh the course list',
    rosterLoading: 'Loading the course list…',
    rosterUnreadable: 'The course list could not be read.',
    rosterCount: {
      one: '{count} of {members} course members has not checked in.',
      other: '{count} of {members} course members have not checked in.',
    } as Partial<Record<Intl.LDMLPluralRule, string>> & { other: string },
  },
  /** The LTI tool's own pages: signing in, the course author's picker, registration. */
  lti: {
    /** The launch page's title: the widget, in the course it was launched from. */
    launchTitle: (widget: string, course: string) => `${widget}: ${course}`,
    signingInTitle: 'Signing in',
    pickerHeading: 'Add a CPE Kit widget',
    widget: 'Widget',
    title: 'Title in the course',
    titlePlaceholder: 'The widget’s name',
    event: 'Event',
    chooseEvent: 'Choose an event',
    program: 'Program',
    chooseProgram: 'Choose a program',
    method: 'Delivery method',
    anyMethod: 'Any',
    add: 'Add to the course',
    preview: 'Preview',
    previewNeedsEvent: 'Choose an event to see the preview.',
    previewNeedsProgram: 'Choose a program to see the preview.',
    adding: 'Adding to the course',
    continue: 'Continue',
    /** The gradebook column of an event's check-in. */
    gradebookColumn: (event: string) => `${event} (CPE credits)`,
    registeredTitle: 'Registered',
    registeredHeading: (platform: string) => `CPE Kit is registered with ${platform}`,
    registeredText:
      'An administrator of CPE Kit activates the registration before the first launch.',
  },
  methods: Object.fromEntries(
    DeliveryMethod.options.map((method) => [method, deliveryMethodLabel(method)]),
  ) as Record<DeliveryMethod, string>,
  widgets: Object.fromEntries(
    widgets.map(({ tag, title, summary }) => [tag, { title, summary }]),
  ) as WidgetWords,
};

export type Messages = typeof en;
