/**
 * The API's problem details in English: the title and detail of every problem it answers, by
 * id, worded from the figures each needs. The source table: every other locale is typed as
 * `ProblemTable`, so a problem missing from it, or read with other figures, is a type error.
 */
import type { CheckInRefusal } from '../../policy/attendance.js';
import type { CertificateState } from '../../policy/certificates.js';
import type { EnrollmentStatus } from '../../policy/enrollments.js';
import { wordRefusal, type RefusalSaid } from './lti-refusals.js';
import type { Catalog } from './worded.js';

/** Why a webhook's signature is refused. */
export type UnsignedWhy = 'format' | 'time' | 'mismatch';

/** A check-in the rules refused, with what its words need. */
export interface CheckInRefused {
  refusal: CheckInRefusal;
  /** ATTEND.CODE: how often the code changes. */
  stepSeconds: number;
  /** The learner's cap of records in one event (the server's, ATTEND.ON_RECORD). */
  cap: number;
}

export const enProblems = {
  // The body of a request.
  bodyMustBeJson: () => ({
    title: 'The body must be JSON',
    detail: 'Send the body with the header "Content-Type: application/json".',
  }),
  bodyTooLarge: ({ size }: { size: string }) => ({
    title: 'The body is too large',
    detail: `Requests are limited to ${size}.`,
  }),
  bodyTooDeep: ({ depth }: { depth: number }) => ({
    title: 'The body is nested too deeply',
    detail: `Arrays and objects may be nested at most ${depth} levels deep.`,
  }),
  bodyNotJson: () => ({
    title: 'The body is not JSON',
    detail: 'Send a JSON object with content-type application/json.',
  }),
  requestInvalid: () => ({
    title: 'The request is not valid',
    detail: 'Correct the listed fields and try again.',
  }),
  idempotencyKeyReused: () => ({
    title: 'Idempotency-Key reused with a different body',
    detail: 'This key was already used for a different request; use a new key for a new request.',
  }),

  // Who may ask, and how often.
  signInRequired: () => ({
    title: 'Sign-in required',
    detail: 'Send a valid, unexpired token as "Authorization: Bearer <token>".',
  }),
  notAllowed: ({ roles }: { roles: string[] }) => ({
    title: 'Not allowed',
    detail: `This needs the role ${roles.join(' or ')}.`,
  }),
  learnerSignInRequired: () => ({
    title: 'A learner’s sign-in is required',
    detail: 'A quote about an enrollment needs the token of the learner it belongs to.',
  }),
  tooManyWrites: ({ limit, wait }: { limit: number; wait: number }) => ({
    title: 'Too many requests',
    detail: `You sent more than ${limit} requests in a minute. Wait ${wait} seconds and try again.`,
  }),
  tooManyFromAddress: ({ limit, wait }: { limit: number; wait: number }) => ({
    title: 'Too many requests',
    detail: `This address sent more than ${limit} requests in a minute. Wait ${wait} seconds.`,
  }),

  // The API itself.
  notFound: ({ path }: { path: string }) => ({
    title: 'Not found',
    detail: `Nothing is served at ${path}.`,
  }),
  serverError: () => ({
    title: 'Something went wrong',
    detail: 'The error was logged; please try again.',
  }),
  widgetNotFramed: ({ widget, frames }: { widget: string; frames: string }) => ({
    title: 'Widget not offered as a frame',
    detail:
      `${widget} is a tool for the sponsor's staff, not offered as a frame. ` +
      `/embed/ serves the learner widgets: ${frames}. ` +
      `Load /cdn/${widget}.js on the sponsor's own page instead.`,
  }),
  widgetUnknown: ({ widget, frames }: { widget: string; frames: string }) => ({
    title: 'Unknown widget',
    detail: `There is no widget named "${widget}" to embed. /embed/ serves: ${frames}.`,
  }),

  // Events, check-ins and prompts.
  eventUnknown: () => ({ title: 'No such event', detail: 'Check the event id.' }),
  checkInRefused: ({ refusal }: CheckInRefused) => ({
    title: refusal.title,
    detail: refusal.detail,
  }),
  tooManyWrongCodes: ({ minutes }: { minutes: number }) => ({
    title: 'Too many wrong codes',
    detail:
      `Check-in is paused for you for ${minutes} minute${minutes === 1 ? '' : 's'} after several ` +
      'wrong codes. Then type the code shown on the host screen at that moment.',
  }),
  promptUnknown: () => ({ title: 'No such prompt', detail: 'This event issued no such prompt.' }),
  recordUnknown: () => ({
    title: 'No such record',
    detail: 'The record to correct is not in this event.',
  }),
  recordCorrected: () => ({
    title: 'Already corrected',
    detail: 'Correct the newer record that replaced this one.',
  }),
  attendanceUnevaluable: () => ({
    title: 'Attendance cannot be evaluated',
    detail: 'The stored records of this event are outside what the attendance rules accept.',
  }),

  // Programs and enrollments.
  programUnknown: () => ({ title: 'No such program', detail: 'Check the program id.' }),
  programMethodMismatch: ({ event, method }: { event: string; method: string }) => ({
    title: 'The delivery method does not match the program’s events',
    detail: `Event ${event} is ${method}; a program and its events share one delivery method.`,
  }),
  programCreditsUnknown: () => ({
    title: 'The program’s credits cannot be worked out',
    detail:
      'Correct the listed fields: credits offered come from the program’s content or its events.',
  }),
  eventNotFitting: () => ({
    title: 'The event does not fit its program',
    detail: 'Correct the listed fields.',
  }),
  programUnpublished: () => ({
    title: 'The program is not published',
    detail: 'Publish the program before enrolling learners in it.',
  }),
  orderRefTaken: () => ({
    title: 'Order reference already used',
    detail:
      'An enrollment with this order reference is on record with other facts; an order is enrolled once.',
  }),
  eventNotInProgram: () => ({
    title: 'No such event in this program',
    detail: 'Name one of the program’s events.',
  }),
  enrollmentUnknown: () => ({ title: 'No such enrollment', detail: 'Check the enrollment id.' }),
  scoreNeedsActiveEnrollment: ({ status }: { status: EnrollmentStatus }) => ({
    title: `The enrollment is ${status}`,
    detail: 'A test score is recorded only for an active enrollment.',
  }),
  enrollmentsNotCsv: () => ({
    title: 'Send the enrollments as CSV',
    detail: 'The body must be a CSV file with content-type text/csv.',
  }),
  enrollmentsCsvInvalid: ({ message }: { message: string }) => ({
    title: 'The file is not valid CSV',
    detail: message,
  }),
  enrollmentsNotImported: () => ({
    title: 'Nothing was imported',
    detail: 'Correct the listed rows and columns, then import the whole file again.',
  }),
  webhooksOff: () => ({
    title: 'Order webhooks are not configured',
    detail: 'Set CPE_WEBHOOK_SECRET on the server to receive signed orders.',
  }),
  orderUnsigned: ({ why }: { why: UnsignedWhy }) => ({
    title: 'Not a signed order',
    detail: {
      format: 'Send CPE-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">.',
      time: 'The signature’s time is more than five minutes from the server clock.',
      mismatch: 'The signature does not match the body under the shared secret.',
    }[why],
  }),

  // Refund requests.
  refundUnknown: () => ({ title: 'No such refund request', detail: 'Check the request id.' }),
  refundNeedsActiveEnrollment: ({ status }: { status: EnrollmentStatus }) => ({
    title: `The enrollment is ${status}`,
    detail: 'Only an active enrollment can be refunded.',
  }),
  refundAlreadyOpen: () => ({
    title: 'A refund request is already open',
    detail: 'This enrollment has a request waiting for the sponsor’s decision.',
  }),
  referenceShared: ({ ids }: { ids: string[] }) => ({
    title: 'Several requests share this reference',
    detail: `Look the request up by its id: ${ids.join(', ')}.`,
  }),
  refundDecided: () => ({
    title: 'Already decided',
    detail: 'This request was approved or denied before.',
  }),

  // Certificates.
  certificateUnknown: () => ({
    title: 'No such certificate',
    detail: 'Check the certificate id or its link.',
  }),
  certificateNotValid: ({ status }: { status: CertificateState }) => ({
    title: `The certificate is ${status}`,
    detail: 'Only a valid certificate can be revoked.',
  }),

  // Platform reports (attendance imports).
  reportNotFile: () => ({
    title: 'Send the report as a file',
    detail:
      'Send the report exactly as exported, with content-type text/csv (or ' +
      'application/octet-stream for a UTF-16 file, as Teams and Webex write).',
  }),
  reportFileEmpty: () => ({ title: 'The file is empty', detail: 'Send the report.' }),
  reportNotText: ({ encoding }: { encoding: string }) => ({
    title: 'The file is not a CSV report',
    detail: `The file is not valid ${encoding.toUpperCase()} text.`,
  }),
  reportBinary: () => ({
    title: 'The file is not a CSV report',
    detail: 'The file holds binary data, not text.',
  }),
  reportNotCsv: ({ message }: { message: string }) => ({
    title: 'The file is not a CSV report',
    detail: message,
  }),
  reportTooManyRows: ({ limit }: { limit: number }) => ({
    title: 'The report has too many rows',
    detail: `A report may have at most ${limit.toLocaleString('en-US')} rows; split it by session.`,
  }),
  reportNotOfFormat: ({ format }: { format: string }) => ({
    title: `This is not a ${format} report`,
    detail: `The file does not have the columns of a ${format} report; leave out "format" to have the layout found.`,
  }),
  reportLayoutUnknown: ({ formats }: { formats: readonly string[] }) => ({
    title: 'Unknown report layout',
    detail:
      `The file is CSV but not a layout this import reads (${formats.join(', ')}). ` +
      'Export the participants or attendee report again, or use the generic layout: a header ' +
      'row with name, email, join and leave.',
  }),
  reportEmpty: () => ({
    title: 'The report lists nobody',
    detail: 'The file has the layout of a report but no participant rows under its header.',
  }),
  reportTimesImpossible: () => ({
    title: 'The report has impossible times',
    detail:
      'Nothing was imported. Check the listed rows, the time zone and the date order, then import the file again.',
  }),
  reportDatesImpossible: () => ({
    title: 'The report has impossible dates',
    detail: 'Some dates are neither month-first nor day-first dates (a 13th month or a 32nd day).',
  }),
  reportDatesAmbiguous: ({ bothNear }: { bothNear: boolean }) => ({
    title: 'The date format is ambiguous',
    detail:
      'Every date in the file reads both month-first (3/4 = March 4) and day-first (3/4 = 3 April)' +
      (bothNear ? ', and both fall near the event' : ', and neither falls near the event') +
      '. Say which with dateOrder=mdy or dateOrder=dmy.',
  }),
  reportRowsUnreadable: () => ({
    title: 'Some rows cannot be read',
    detail:
      'Nothing was imported. Correct the listed rows (or export the report again), then import the whole file.',
  }),
  importUnknown: () => ({
    title: 'No such import',
    detail: 'Preview the report first; a preview is kept for a day.',
  }),
  importNothingMapped: () => ({
    title: 'Nothing was imported',
    detail: 'Map only the people listed as unmatched.',
  }),

  // LTI.
  launchExpired: () => ({
    title: 'Launch expired',
    detail:
      'This page was already opened, or opened too long ago. Open the link in the course again.',
  }),
  platformUnknown: () => ({ title: 'No such platform', detail: 'Check the platform id.' }),
  platformRegistered: () => ({
    title: 'Already registered',
    detail: 'A platform with this issuer and client id is registered.',
  }),
  /** The course platform refused the tool (its roster): the LTI refusal's own words. */
  platformRefused: ({ refusal }: { refusal: RefusalSaid }) => wordRefusal(refusal, 'en'),
} satisfies Catalog;

export type ProblemTable = typeof enProblems;
