/**
 * The calculator's form: its state and the fields a method shows, what the first render
 * needs. Reading it into a credit input (reading.ts) comes with the client.
 */
import type {
  CreditInput,
  DeliveryMethod,
  Edition,
  FieldError,
  Increment,
} from '../../policy/schemas.js';

/** Number fields, named by their path in the credit input (errors come back on that path). */
export type NumberKey =
  | 'minutes'
  | 'selfStudy.pilotMinutes'
  | 'selfStudy.words'
  | 'selfStudy.audioVideoMinutes'
  | 'selfStudy.reviewQuestions'
  | 'selfStudy.examQuestions'
  | 'selfStudy.exerciseQuestions'
  | 'college.semesterHours'
  | 'college.quarterHours';

export type RowList = 'segments' | 'breaks';

export interface ScheduleRow {
  /** Stable across removals, so a row keeps its DOM (and focus) when another goes. */
  id: number;
  start: string;
  end: string;
}

export interface CreditForm {
  method: DeliveryMethod;
  increment: Increment | undefined;
  edition: Edition | undefined;
  /** Live and internet programs: one total, or a schedule of segments and breaks. */
  timing: 'total' | 'schedule';
  selfStudySource: 'pilot' | 'formula';
  collegeUnit: 'semester' | 'quarter';
  values: Partial<Record<NumberKey, string>>;
  date: string;
  timeZone: string;
  segments: ScheduleRow[];
  breaks: ScheduleRow[];
}

export interface FormReading {
  /** Present only when every field needed is filled in and valid. */
  input?: CreditInput;
  errors: FieldError[];
  /** A figure that is allowed but most likely a typo (more than a day of group content). */
  warning?: FieldError;
}

export const timedMethods: readonly DeliveryMethod[] = [
  'group-live',
  'group-internet',
  'blended',
  'recorded-webinar',
];

/** The number fields a method shows, in order, given the form's choices. */
export function numberFields(form: CreditForm): NumberKey[] {
  switch (form.method) {
    case 'self-study':
      return form.selfStudySource === 'pilot'
        ? ['selfStudy.pilotMinutes', 'selfStudy.reviewQuestions', 'selfStudy.examQuestions']
        : [
            'selfStudy.words',
            'selfStudy.audioVideoMinutes',
            'selfStudy.reviewQuestions',
            'selfStudy.examQuestions',
            'selfStudy.exerciseQuestions',
          ];
    case 'college':
      return [form.collegeUnit === 'semester' ? 'college.semesterHours' : 'college.quarterHours'];
    case 'nano':
      return ['minutes'];
    default:
      return form.timing === 'total' ? ['minutes'] : [];
  }
}
