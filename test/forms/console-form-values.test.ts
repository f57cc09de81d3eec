import { describe, expect, it } from 'vitest';
import {
  fieldForPath,
  lines,
  moneyText,
  parseMoney,
  rowMessage,
  wallClockValue,
  zonedInstant,
} from '../../demo/console/form-values.js';
import { draftOf, emptyDraft, programBody } from '../../demo/console/program-body.js';

describe('the console’s money field', () => {
  it('reads amounts as a person types them, in minor units', () => {
    expect(parseMoney('199.99', 'USD')).toBe(19999);
    expect(parseMoney('$1,250', 'USD')).toBe(125000);
    expect(parseMoney('1250.5', 'USD')).toBe(125050);
    expect(parseMoney(' .5 ', 'EUR')).toBe(50);
    expect(parseMoney('5000', 'JPY')).toBe(5000);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-5', '1.999', '1.2.3']) {
      expect([text, parseMoney(text, 'USD')]).toEqual([text, undefined]);
    }
    expect(parseMoney('10.5', 'JPY')).toBeUndefined();
  });

  it('shows minor units back as the amount', () => {
    expect(moneyText(19900, 'USD')).toBe('199.00');
    expect(moneyText(5000, 'JPY')).toBe('5000');
  });
});

describe('the console’s date-time rows', () => {
  it('read a wall clock in the event’s zone, across daylight saving', () => {
    expect(zonedInstant('2026-12-10T09:00', 'America/New_York')).toBe('2026-12-10T14:00:00.000Z');
    expect(zonedInstant('2026-07-10T09:00', 'America/New_York')).toBe('2026-07-10T13:00:00.000Z');
    expect(zonedInstant('2026-07-10T09:00', 'UTC')).toBe('2026-07-10T09:00:00.000Z');
    expect(zonedInstant('', 'UTC')).toBeUndefined();
    expect(zonedInstant('2026-07-10T09:00', 'Mars/Olympus')).toBeUndefined();
    expect(wallClockValue('2026-12-10T14:00:00.000Z', 'America/New_York')).toBe('2026-12-10T09:00');
  });
});

describe('the console’s lists and errors', () => {
  it('reads one host per line or comma', () => {
    expect(lines(' ada \n\nbob, carol ')).toEqual(['ada', 'bob', 'carol']);
  });

  it('puts an API error under the closest field its path names', () => {
    const fields = ['title', 'fieldsOfStudy', 'fieldsOfStudy.1.credits', 'creditInput.minutes'];
    expect(fieldForPath('fieldsOfStudy.1.credits', fields)).toBe('fieldsOfStudy.1.credits');
    expect(fieldForPath('fieldsOfStudy.0.field', fields)).toBe('fieldsOfStudy');
    expect(fieldForPath('creditInput.minutes', fields)).toBe('creditInput.minutes');
    expect(fieldForPath('titles', fields)).toBeUndefined();
    expect(fieldForPath('', fields)).toBeUndefined();
  });

  it('names a CSV error by its row number', () => {
    expect(rowMessage('rows.2.email', 'must be an email address')).toBe(
      'Row 2, email: must be an email address',
    );
    expect(rowMessage('rows.3', 'repeats an order reference')).toBe(
      'Row 3: repeats an order reference',
    );
    expect(rowMessage('', 'has no header row')).toBe('File: has no header row');
  });
});

describe('the program form’s body', () => {
  const draft = {
    ...emptyDraft('America/New_York'),
    title: ' Ethics ',
    description: 'Why it matters.',
    objectives: ['Know the code', '  '],
    fields: [{ field: 'Regulatory Ethics' as const, credits: '5' }],
    price: '99.50',
    minutes: '100',
    instructors: [
      { name: 'Ada', credentials: '' },
      { name: ' ', credentials: 'CPA' },
    ],
  };

  it('sends what the API takes: cents, one field without credits, no blank rows or texts', () => {
    const { body, errors } = programBody(draft);
    expect(errors).toEqual([]);
    expect(body).toEqual({
      title: 'Ethics',
      description: 'Why it matters.',
      objectives: ['Know the code'],
      deliveryMethod: 'group-internet',
      knowledgeLevel: 'Basic',
      fieldsOfStudy: [{ field: 'Regulatory Ethics' }],
      instructors: [{ name: 'Ada' }],
      timeZone: 'America/New_York',
      product: 'live-event',
      priceCents: 9950,
      currency: 'USD',
      creditInput: { minutes: 100 },
    });
  });

  it('splits credits across several fields, and reads self-study and college content', () => {
    const several = programBody({
      ...draft,
      fields: [
        { field: 'Taxes', credits: '1.5' },
        { field: 'Accounting', credits: '' },
      ],
    }).body;
    expect(several.fieldsOfStudy).toEqual([
      { field: 'Taxes', credits: 1.5 },
      { field: 'Accounting' },
    ]);
    const selfStudy = programBody({
      ...draft,
      deliveryMethod: 'self-study',
      selfStudy: { words: '12000', examQuestions: '10', reviewQuestions: '' },
    }).body;
    expect(selfStudy.creditInput).toEqual({ selfStudy: { words: 12000, examQuestions: 10 } });
    const college = programBody({
      ...draft,
      deliveryMethod: 'college',
      college: { semesterHours: '3' },
    });
    expect(college.body.creditInput).toEqual({ college: { semesterHours: 3 } });
  });

  it('says when the price is not an amount', () => {
    expect(programBody({ ...draft, price: 'free' }).errors).toEqual([
      { path: 'priceCents', message: 'must be an amount such as 199.00' },
    ]);
  });

  it('reads a stored program back into the form unchanged', () => {
    const { body } = programBody(draft);
    expect(programBody(draftOf(body)).body).toEqual(body);
  });
});
