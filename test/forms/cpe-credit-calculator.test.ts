/**
 * The calculator's form (`form.ts`) and its reader (`reading.ts`, in the deferred chunk):
 * pure, so they run in Node.
 */
import { describe, expect, it } from 'vitest';
import { numberFields, type CreditForm } from '../../src/components/cpe-credit-calculator/form.js';
import { checkCredits, readForm } from '../../src/components/cpe-credit-calculator/reading.js';
import { english } from './english.js';

const blank: CreditForm = {
  method: 'group-live',
  increment: undefined,
  edition: undefined,
  timing: 'total',
  selfStudySource: 'pilot',
  collegeUnit: 'semester',
  values: {},
  date: '2026-03-02',
  timeZone: 'America/New_York',
  segments: [{ id: 1, start: '', end: '' }],
  breaks: [],
};

const form = (patch: Partial<CreditForm>): CreditForm => ({ ...blank, ...patch });

describe('numberFields', () => {
  it.each<[string, Partial<CreditForm>, string[]]>([
    ['a total for a live program', {}, ['minutes']],
    ['nothing for a live schedule', { timing: 'schedule' }, []],
    ['module minutes for nano', { method: 'nano', timing: 'schedule' }, ['minutes']],
    [
      'a pilot test for self-study',
      { method: 'self-study' },
      ['selfStudy.pilotMinutes', 'selfStudy.reviewQuestions', 'selfStudy.examQuestions'],
    ],
    [
      'the word-count formula for self-study',
      { method: 'self-study', selfStudySource: 'formula' },
      [
        'selfStudy.words',
        'selfStudy.audioVideoMinutes',
        'selfStudy.reviewQuestions',
        'selfStudy.examQuestions',
        'selfStudy.exerciseQuestions',
      ],
    ],
    [
      'quarter hours for a quarter-system college',
      { method: 'college', collegeUnit: 'quarter' },
      ['college.quarterHours'],
    ],
  ])('asks %s', (_, patch, fields) => {
    expect(numberFields(form(patch))).toEqual(fields);
  });
});

describe('readForm', () => {
  it('has nothing to calculate and nothing wrong while the required field is empty', () => {
    expect(readForm(blank, english)).toEqual({ errors: [] });
    expect(
      readForm(
        form({ method: 'self-study', values: { 'selfStudy.reviewQuestions': '3' } }),
        english,
      ),
    ).toEqual({ errors: [] });
  });

  it('says under its field what the field allows, whatever was typed', () => {
    for (const typed of ['1h', 'abc', '-5', '1e9', '525601']) {
      expect(readForm(form({ values: { minutes: typed } }), english).errors).toEqual([
        { path: 'minutes', message: 'Enter minutes from 0 to 525,600.' },
      ]);
    }
    expect(readForm(form({ values: { minutes: '525600' } }), english).errors).toEqual([]);
    const words = form({
      method: 'self-study',
      selfStudySource: 'formula',
      values: { 'selfStudy.words': '1200.5' },
    });
    expect(readForm(words, english)).toEqual({
      errors: [{ path: 'selfStudy.words', message: 'Enter a whole number from 0 to 10,000,000.' }],
    });
  });

  it('nests the fields the way the credit input has them, with the chosen increment and edition', () => {
    const reading = readForm(
      form({
        method: 'self-study',
        selfStudySource: 'formula',
        increment: 'half',
        edition: '2026',
        values: { 'selfStudy.words': '9000', 'selfStudy.examQuestions': '10', minutes: '50' },
      }),
      english,
    );
    expect(reading).toEqual({
      input: {
        method: 'self-study',
        increment: 'half',
        edition: '2026',
        selfStudy: { words: 9000, examQuestions: 10 },
      },
      errors: [],
    });
  });

  it('the engine’s own limit says the same range (the API answers with it)', () => {
    const tooLong = checkCredits({ method: 'group-live', minutes: 600_000 });
    expect(tooLong.ok || tooLong.errors).toEqual([
      expect.objectContaining({
        path: 'minutes',
        message: 'must be from 0 to 525,600 minutes (one year)',
      }),
    ]);
  });

  it('warns, without refusing, above a day of content for a group program', () => {
    const day = readForm(form({ values: { minutes: '1440' } }), english);
    expect(day.warning).toBeUndefined();
    const year = readForm(form({ values: { minutes: '525600' } }), english);
    expect(year.input).toBeDefined();
    expect(year.warning).toEqual({
      path: 'minutes',
      message:
        'That is more than a day of content (1,440 minutes). Check the figure: count only the qualifying minutes of the program.',
    });
    const selfStudy = form({ method: 'nano', values: { minutes: '5000' } });
    expect(readForm(selfStudy, english).warning).toBeUndefined();
  });

  it('turns a schedule into instants in the event’s zone, with breaks only when given', () => {
    const schedule = form({
      timing: 'schedule',
      segments: [
        { id: 1, start: '09:00', end: '12:00' },
        { id: 2, start: '', end: '' },
      ],
    });
    expect(readForm(schedule, english).input).toEqual({
      method: 'group-live',
      segments: [{ start: '2026-03-02T09:00:00-05:00', end: '2026-03-02T12:00:00-05:00' }],
    });
    const withBreak = form({
      ...schedule,
      breaks: [{ id: 3, start: '10:00', end: '10:15' }],
    });
    expect(readForm(withBreak, english).input?.breaks).toEqual([
      { start: '2026-03-02T10:00:00-05:00', end: '2026-03-02T10:15:00-05:00' },
    ]);
  });

  it('says what is wrong with a row or the zone, and waits for a first segment', () => {
    const rows = (segments: CreditForm['segments'], timeZone = 'America/New_York') =>
      readForm(form({ timing: 'schedule', segments, timeZone }), english);
    expect(rows([{ id: 1, start: '', end: '' }])).toEqual({ errors: [] });
    expect(rows([{ id: 1, start: '', end: '10:00' }]).errors).toEqual([
      { path: 'segments.0.start', message: 'Enter a start time.' },
    ]);
    expect(rows([{ id: 1, start: '10:00', end: '' }]).errors).toEqual([
      { path: 'segments.0.end', message: 'Enter an end time.' },
    ]);
    expect(rows([{ id: 1, start: '10:00', end: '09:00' }]).errors).toEqual([
      { path: 'segments.0.end', message: 'End after the start, on the same day.' },
    ]);
    expect(rows([{ id: 1, start: '09:00', end: '10:00' }], 'Mars/Olympus').errors).toEqual([
      { path: 'timeZone', message: 'Enter a time zone name, like America/New_York.' },
    ]);
    const undated = readForm(
      form({ timing: 'schedule', date: '', segments: [{ id: 1, start: '09:00', end: '10:00' }] }),
      english,
    );
    expect(undated.errors).toEqual([{ path: 'date', message: 'Enter the event date.' }]);
  });
});
