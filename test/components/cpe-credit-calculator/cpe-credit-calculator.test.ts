import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/cpe-credit-calculator/define.js';
import type { CpeCreditCalculator } from '../../../src/components/cpe-credit-calculator/cpe-credit-calculator.js';
import { computeCredits } from '../../../src/policy/index.js';
import { exchangePolicy } from '../../../src/policy/policy.js';
import type { CreditInput, CreditResult } from '../../../src/policy/schemas.js';
import { newSpace, requestsTo, setLine, usePolicy } from '../api-space.js';

// API mode talks to the real app (test/components/real-api.mjs), a fresh space per test.

/** Collects every `cpe-credits-calculated` the element fires. */
function recordEvents(el: HTMLElement): CustomEvent<CreditResult>[] {
  const events: CustomEvent<CreditResult>[] = [];
  el.addEventListener('cpe-credits-calculated', (event) => events.push(event));
  return events;
}

async function calculator(
  template = html`<cpe-credit-calculator></cpe-credit-calculator>`,
): Promise<CpeCreditCalculator> {
  const el = await fixture<CpeCreditCalculator>(template);
  await el.calculationComplete;
  return el;
}

const root = (el: HTMLElement): ShadowRoot => el.shadowRoot!;

/** The control a person would find by its visible label. */
function byLabel<T extends HTMLElement = HTMLInputElement>(el: HTMLElement, text: string): T {
  const label = [...root(el).querySelectorAll('label')].find(
    (item) => item.textContent?.trim() === text,
  );
  const control = label?.htmlFor
    ? root(el).getElementById(label.htmlFor)
    : label?.querySelector('input');
  if (!control) throw new Error(`no control labelled "${text}"`);
  return control as T;
}

async function fill(el: CpeCreditCalculator, label: string, value: string): Promise<void> {
  const input = byLabel(el, label);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.calculationComplete;
}

async function choose(el: CpeCreditCalculator, label: string, value: string): Promise<void> {
  const select = byLabel<HTMLSelectElement>(el, label);
  select.value = value;
  select.dispatchEvent(new Event('input', { bubbles: true }));
  await el.calculationComplete;
}

async function pick(el: CpeCreditCalculator, radioLabel: string): Promise<void> {
  byLabel(el, radioLabel).click();
  await el.calculationComplete;
}

/** The NASBA and ICMA figures as shown. */
function figures(el: HTMLElement): string[] {
  return [...root(el).querySelectorAll('.figure .hero')].map((item) => item.textContent.trim());
}

/** The line that says which increment and edition apply, when the choice is hidden. */
const policyLine = (el: HTMLElement): string =>
  root(el).getElementById('policy-line')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const withOptions = html`<cpe-credit-calculator show-policy-options></cpe-credit-calculator>`;

const resultText = (el: HTMLElement): string =>
  root(el).querySelector('[part="result"]')!.textContent.replace(/\s+/g, ' ');

describe('<cpe-credit-calculator>', () => {
  describe('accessibility', () => {
    it('passes axe when empty', async () => {
      const el = await calculator();
      await expect(el).to.be.accessible();
    });

    it('passes axe with a result, a schedule and an error', async () => {
      const el = await calculator();
      await fill(el, 'Minutes', '74');
      await expect(el).to.be.accessible();
      await pick(el, 'A schedule');
      await fill(el, 'Starts', '09:00');
      await expect(el).to.be.accessible();
      await pick(el, 'Total minutes');
      await fill(el, 'Minutes', 'lots');
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('starts as group live, asks for minutes and defaults from the sponsor policy', async () => {
      const el = await calculator();
      expect(byLabel<HTMLSelectElement>(el, 'Delivery method').value).to.equal('group-live');
      expect(resultText(el)).to.contain('Enter the minutes to see the credits.');
      expect(figures(el)).to.deep.equal([]);
      expect(byLabel(el, 'Minutes').getAttribute('aria-describedby')).to.equal('minutes-hint');
    });

    it('says which increment and edition the policy uses, without offering to change them', async () => {
      const el = await calculator();
      expect(root(el).getElementById('increment')).to.equal(null);
      expect(root(el).getElementById('edition')).to.equal(null);
      expect(policyLine(el)).to.equal(
        'Credits count in fifths (0.2) after the first credit, under the 2024 Standards, as your sponsor’s policy sets.',
      );
    });

    it('show-policy-options offers Increment and Standards edition, saying the policy’s own', async () => {
      const el = await calculator(withOptions);
      expect(byLabel<HTMLSelectElement>(el, 'Increment').value).to.equal('fifth');
      expect(byLabel<HTMLSelectElement>(el, 'Standards edition').value).to.equal('2024');
      expect(root(el).getElementById('increment-hint')!.textContent).to.contain(
        "Your sponsor's policy uses fifths.",
      );
      expect(root(el).getElementById('edition-hint')!.textContent).to.contain(
        "Your sponsor's policy uses the 2024 Standards.",
      );
      expect(policyLine(el)).to.equal('');
    });

    it('puts the result in a polite live region and shows the state-board notice', async () => {
      const el = await calculator();
      await fill(el, 'Minutes', '50');
      const live = root(el).querySelector('[aria-live="polite"]')!;
      expect(live.textContent).to.contain('1.0');
      expect(resultText(el)).to.contain('State boards of accountancy have final authority');
    });

    it('labels local answers as an estimate', async () => {
      const el = await calculator();
      await fill(el, 'Minutes', '60');
      expect(resultText(el)).to.contain('Estimate');
      expect(resultText(el)).to.contain('not an official record');
    });
  });

  describe('each method shows its credits', () => {
    const groupCases: [string, string, string][] = [
      ['49', 'fifth', '0.0'],
      ['50', 'fifth', '1.0'],
      ['74', 'fifth', '1.4'],
      ['74', 'half', '1.0'],
      ['75', 'half', '1.5'],
      ['140', 'fifth', '2.8'],
      ['140', 'half', '2.5'],
    ];
    for (const [minutes, increment, credits] of groupCases) {
      it(`group live: ${minutes} min in ${increment}s -> ${credits}`, async () => {
        const el = await calculator(withOptions);
        await choose(el, 'Increment', increment);
        await fill(el, 'Minutes', minutes);
        expect(figures(el)).to.deep.equal([credits, credits]);
        expect(resultText(el)).to.contain(`${minutes} qualifying minutes`);
      });
    }

    it('group internet and blended use the group rounding', async () => {
      for (const method of ['group-internet', 'blended']) {
        const el = await calculator();
        await choose(el, 'Delivery method', method);
        await fill(el, 'Minutes', '60');
        expect(figures(el), method).to.deep.equal(['1.2', '1.2']);
      }
    });

    it('a schedule of segments less its breaks: 240 min, 25 min off -> 4.2', async () => {
      const el = await calculator();
      await pick(el, 'A schedule');
      await fill(el, 'Starts', '09:00');
      await fill(el, 'Ends', '13:00');
      expect(byLabel(el, 'Event date').type).to.equal('date');
      root(el).querySelector<HTMLButtonElement>('#add-breaks')!.click();
      await el.calculationComplete;
      const [, , breakStart, breakEnd] =
        root(el).querySelectorAll<HTMLInputElement>('input[type="time"]');
      for (const [input, value] of [
        [breakStart!, '10:30'],
        [breakEnd!, '10:55'],
      ] as const) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
      }
      await el.calculationComplete;
      expect(figures(el)).to.deep.equal(['4.2', '4.2']);
      expect(resultText(el)).to.contain('215 qualifying minutes');
    });

    it('adds and removes segments: five 30-minute segments earn 3.0', async () => {
      const el = await calculator();
      await pick(el, 'A schedule');
      const add = root(el).querySelector<HTMLButtonElement>('#add-segments')!;
      for (let i = 0; i < 5; i += 1) add.click();
      await el.updateComplete;
      let rows = root(el).querySelectorAll('.rows')[0]!.querySelectorAll('.row');
      expect(rows.length).to.equal(6);
      rows[5]!.querySelector('button')!.click();
      await el.updateComplete;
      rows = root(el).querySelectorAll('.rows')[0]!.querySelectorAll('.row');
      expect(rows.length).to.equal(5);
      const times = [
        '09:00',
        '09:30',
        '10:00',
        '10:30',
        '11:00',
        '11:30',
        '13:00',
        '13:30',
        '14:00',
        '14:30',
      ];
      const inputs = [...rows].flatMap((row) => [...row.querySelectorAll('input')]);
      inputs.forEach((input, index) => {
        input.value = times[index]!;
        input.dispatchEvent(new Event('input'));
      });
      await el.calculationComplete;
      expect(figures(el)).to.deep.equal(['3.0', '3.0']);
    });

    it('self study by pilot test, editions 2024 and 2026', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator
          method="self-study"
          show-policy-options
        ></cpe-credit-calculator>`,
      );
      await fill(el, 'Pilot-test minutes', '30');
      expect(figures(el)).to.deep.equal(['0.5', '0.5']);
      await choose(el, 'Standards edition', '2026');
      expect(figures(el)).to.deep.equal(['0.6', '0.6']);
    });

    it('self study by word count: 9,000 words and 8 questions -> 1.2 / 1.0', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator
          method="self-study"
          show-policy-options
        ></cpe-credit-calculator>`,
      );
      await pick(el, 'Word count and questions');
      await fill(el, 'Words', '9000');
      await fill(el, 'Review questions', '3');
      await fill(el, 'Final exam questions', '5');
      expect(figures(el)).to.deep.equal(['1.2', '1.2']);
      await choose(el, 'Increment', 'half');
      expect(figures(el)).to.deep.equal(['1.0', '1.0']);
    });

    it('self study warns when there are too few exam questions', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator method="self-study"></cpe-credit-calculator>`,
      );
      await fill(el, 'Pilot-test minutes', '100');
      await fill(el, 'Review questions', '6');
      await fill(el, 'Final exam questions', '1');
      expect(figures(el)).to.deep.equal(['2.0', '2.0']);
      expect(root(el).querySelectorAll('.notice').length).to.be.greaterThan(0);
    });

    it('nano: a module of 10-19 minutes earns 0.2', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator method="nano"></cpe-credit-calculator>`,
      );
      await fill(el, 'Module minutes', '12');
      expect(figures(el)).to.deep.equal(['0.2', '0.2']);
    });

    it('recorded webinar: not eligible, and says why', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator method="recorded-webinar"></cpe-credit-calculator>`,
      );
      await fill(el, 'Minutes', '120');
      expect(figures(el)).to.deep.equal(['0.0', '0.0']);
      expect(resultText(el)).to.contain('Not eligible for CPE credit');
      expect(root(el).querySelector('[part="reasons"]')!.textContent.trim()).not.to.equal('');
    });

    /** The engine's own sentence for `rule` on `input`, as the notice should quote it. */
    function sentence(input: unknown, rule: string): string {
      const computed = computeCredits(input);
      if (!computed.ok) throw new Error('the engine refused the input');
      const reason = computed.value.reasons.find((item) => item.rule === rule);
      if (!reason) throw new Error(`no ${rule} reason`);
      return `Not eligible for CPE credit: ${reason.message}`;
    }
    const notice = (el: HTMLElement): string =>
      root(el).querySelector('.notice.danger')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

    it('says a recorded webinar is ineligible for being recorded, not the credit unit', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator method="recorded-webinar"></cpe-credit-calculator>`,
      );
      await fill(el, 'Minutes', '120');
      expect(notice(el)).to.equal(
        sentence({ method: 'recorded-webinar', minutes: 120 }, 'CREDIT.RECORDED_NOT_ELIGIBLE'),
      );
    });

    it('says 40 minutes of group live is under the minimum', async () => {
      const el = await calculator();
      await fill(el, 'Minutes', '40');
      expect(notice(el)).to.equal(
        sentence({ method: 'group-live', minutes: 40 }, 'CREDIT.GROUP_MIN'),
      );
      expect(notice(el)).not.to.contain('One NASBA credit');
    });

    it('college: semester and quarter hours', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator method="college"></cpe-credit-calculator>`,
      );
      await fill(el, 'Semester hours', '2');
      expect(figures(el)).to.deep.equal(['30.0', '30.0']);
      await pick(el, 'Quarter system');
      await fill(el, 'Quarter hours', '3');
      expect(figures(el)).to.deep.equal(['30.0', '30.0']);
    });
  });

  describe('attributes and properties', () => {
    it('takes method, increment and edition from attributes', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator
          method="nano"
          increment="half"
          edition="2026"
          show-policy-options
        ></cpe-credit-calculator>`,
      );
      expect(byLabel<HTMLSelectElement>(el, 'Delivery method').value).to.equal('nano');
      expect(byLabel<HTMLSelectElement>(el, 'Increment').value).to.equal('half');
      expect(byLabel<HTMLSelectElement>(el, 'Standards edition').value).to.equal('2026');
    });

    it('an unknown method falls back to group live', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator method="podcast"></cpe-credit-calculator>`,
      );
      expect(byLabel<HTMLSelectElement>(el, 'Delivery method').value).to.equal('group-live');
    });

    it('the policy property sets the defaults: halves in the exchange preset', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator
          .policy=${exchangePolicy}
          show-policy-options
        ></cpe-credit-calculator>`,
      );
      expect(byLabel<HTMLSelectElement>(el, 'Increment').value).to.equal('half');
      await fill(el, 'Minutes', '74');
      expect(figures(el)).to.deep.equal(['1.0', '1.0']);
      expect(resultText(el)).to.contain(exchangePolicy.version);
    });

    it('api-base: defaults and credits come from the API, not labelled an estimate', async () => {
      // The sponsor's API runs the exchange preset: halves, unlike the bundled default.
      const api = newSpace('calc');
      await usePolicy(api, exchangePolicy);
      const el = await calculator(
        html`<cpe-credit-calculator api-base=${api}></cpe-credit-calculator>`,
      );
      const events = recordEvents(el);
      expect(policyLine(el)).to.contain('halves (0.5)');
      await fill(el, 'Minutes', '75');
      expect(figures(el)).to.deep.equal(['1.5', '1.5']);
      expect(resultText(el)).not.to.contain('Estimate');
      expect(events.map((event) => event.detail.credits.nasba)).to.deep.equal([1.5]);
      // One answer, and it came from the API: the request it answered reached it.
      const asked = await requestsTo(api, 'POST', '/v1/credits');
      expect(
        asked.map((request) => (JSON.parse(request.body!) as CreditInput).minutes),
      ).to.deep.equal([75]);
    });
  });

  describe('events', () => {
    it('fires cpe-credits-calculated with the result, bubbling and composed', async () => {
      const el = await calculator();
      const events = recordEvents(el);
      await fill(el, 'Minutes', '74');
      expect(events).to.have.length(1);
      const [event] = events;
      expect(event!.bubbles).to.equal(true);
      expect(event!.composed).to.equal(true);
      expect(event!.detail).to.include({
        eligible: true,
        qualifyingMinutes: 74,
        increment: 'fifth',
        edition: '2024',
      });
      expect(event!.detail.credits).to.deep.equal({ nasba: 1.4, icma: 1.4 });
      expect(event!.detail.reasons.map((reason) => reason.rule)).to.include('CREDIT.ROUND_DOWN');
      expect(JSON.parse(JSON.stringify(event!.detail))).to.deep.equal(event!.detail);
    });

    it('fires once per settled input, not per keystroke', async () => {
      const el = await calculator();
      const events = recordEvents(el);
      const input = byLabel(el, 'Minutes');
      for (const value of ['1', '12', '120']) {
        input.value = value;
        input.dispatchEvent(new Event('input'));
        await el.updateComplete;
      }
      await el.calculationComplete;
      expect(events.map((event) => event.detail.qualifyingMinutes)).to.deep.equal([120]);
    });
  });

  describe('keyboard', () => {
    it('works from the method picker to the result with Tab and typing, keeping focus', async () => {
      const el = await calculator(withOptions);
      const events = recordEvents(el);
      byLabel(el, 'Delivery method').focus();
      await sendKeys({ press: 'ArrowDown' }); // group internet
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('increment');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('edition');
      await sendKeys({ press: 'Tab' }); // the length radios
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement?.id).to.equal('minutes');
      await sendKeys({ type: '90' });
      await el.calculationComplete;
      expect(figures(el)).to.deep.equal(['1.8', '1.8']);
      expect(events[0]?.detail.qualifyingMinutes).to.equal(90);
      expect(byLabel<HTMLSelectElement>(el, 'Delivery method').value).to.equal('group-internet');
      expect(root(el).activeElement?.id).to.equal('minutes');
    });

    it('switches to a schedule with the arrow keys and adds a row with Enter', async () => {
      const el = await calculator();
      byLabel(el, 'Total minutes').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(byLabel(el, 'A schedule').checked).to.equal(true);
      root(el).querySelector<HTMLButtonElement>('#add-segments')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const active = root(el).activeElement as HTMLInputElement;
      expect(active.type).to.equal('time');
      expect(active.id).to.match(/^segments-\d+-start$/);
    });
  });

  describe('error states', () => {
    it('an unknown time zone is an error under its field until a real one is given', async () => {
      const el = await calculator();
      await pick(el, 'A schedule');
      const zone = byLabel(el, 'Event time zone');
      const setZone = async (value: string): Promise<void> => {
        zone.value = value;
        zone.dispatchEvent(new Event('change'));
        await el.calculationComplete;
      };
      await setZone('Mars/Olympus_Mons');
      await fill(el, 'Starts', '09:00');
      await fill(el, 'Ends', '10:40');
      expect(zone.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).getElementById('time-zone-error')!.textContent).to.contain(
        'Enter a time zone name',
      );
      expect(figures(el)).to.deep.equal([]);
      await setZone('Asia/Tokyo');
      expect(zone.getAttribute('aria-invalid')).to.equal('false');
      expect(figures(el)).to.deep.equal(['2.0', '2.0']);
    });

    it('text in a number field: inline error tied to the field, focus kept, no event', async () => {
      const el = await calculator();
      const events = recordEvents(el);
      const input = byLabel(el, 'Minutes');
      input.focus();
      await fill(el, 'Minutes', 'ninety');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = input.getAttribute('aria-describedby')!.split(' ');
      const error = root(el).getElementById('minutes-error')!;
      expect(describedBy).to.include('minutes-error');
      expect(error.textContent).to.equal('Enter minutes from 0 to 525,600.');
      expect(root(el).activeElement).to.equal(input);
      expect(figures(el)).to.deep.equal([]);
      expect(events).to.have.length(0);
    });

    it('checks a typed figure once its lazy chunk is in, asking for minutes until then', async () => {
      const el = document.createElement('cpe-credit-calculator');
      document.body.append(el);
      try {
        await el.updateComplete;
        const input = byLabel(el, 'Minutes');
        input.value = 'ninety';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await el.updateComplete;
        expect(root(el).getElementById('minutes-error')).to.equal(null);
        expect(resultText(el)).to.contain('Enter the minutes to see the credits.');
        await el.calculationComplete;
        expect(root(el).getElementById('minutes-error')!.textContent).to.equal(
          'Enter minutes from 0 to 525,600.',
        );
      } finally {
        el.remove();
      }
    });

    it('says what is allowed for -5, 1e9 and text alike', async () => {
      const el = await calculator();
      for (const typed of ['-5', '1e9', 'abc']) {
        await fill(el, 'Minutes', typed);
        expect(root(el).getElementById('minutes-error')!.textContent).to.equal(
          'Enter minutes from 0 to 525,600.',
        );
      }
    });

    it('warns, beside the figure, above a day of content for a group program', async () => {
      const el = await calculator();
      await fill(el, 'Minutes', '1440');
      expect(root(el).getElementById('minutes-warning')).to.equal(null);
      await fill(el, 'Minutes', '525600');
      const warning = root(el).getElementById('minutes-warning')!;
      expect(warning.textContent).to.contain('more than a day of content (1,440 minutes)');
      expect(byLabel(el, 'Minutes').getAttribute('aria-describedby')).to.contain('minutes-warning');
      expect(figures(el)).to.deep.equal(['10,512.0', '10,512.0']);
      await expect(el).to.be.accessible();
    });

    it('an error under Ends keeps the row’s times and button in line', async () => {
      const el = await calculator();
      await pick(el, 'A schedule');
      await fill(el, 'Starts', '10:00');
      await fill(el, 'Ends', '09:00');
      const row = root(el).querySelector('.row')!;
      expect(row.querySelector('.error')!.textContent).to.contain('End after the start');
      const [start, end] = [...row.querySelectorAll('input')].map((i) => i.getBoundingClientRect());
      const remove = row.querySelector('button')!.getBoundingClientRect();
      const error = row.querySelector('.error')!.getBoundingClientRect();
      expect(end!.top).to.equal(start!.top);
      // Beside the times, in line with them, or under the message: never pushed between.
      expect(remove.top === start!.top || remove.top >= error.bottom).to.equal(true);
    });

    it('the time zone field shows a long zone name whole', async () => {
      const el = await calculator();
      await pick(el, 'A schedule');
      const zone = byLabel(el, 'Event time zone');
      zone.value = 'America/Los_Angeles';
      zone.dispatchEvent(new Event('change'));
      await el.calculationComplete;
      expect(zone.scrollWidth).to.be.at.most(zone.clientWidth);
    });

    it('a good result does not linger beside a field that became invalid', async () => {
      const el = await calculator();
      await fill(el, 'Minutes', '74');
      const events = recordEvents(el);
      await fill(el, 'Minutes', '-5');
      expect(figures(el)).to.deep.equal([]);
      expect(resultText(el)).to.contain('Correct the highlighted field');
      expect(events).to.have.length(0);
    });

    it('fractional question counts and absurd minutes are refused', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator method="self-study"></cpe-credit-calculator>`,
      );
      const events = recordEvents(el);
      await pick(el, 'Word count and questions');
      await fill(el, 'Words', '9000');
      await fill(el, 'Review questions', '2.5');
      expect(root(el).getElementById('selfStudy-reviewQuestions-error')!.textContent).to.contain(
        'whole number',
      );
      await fill(el, 'Review questions', '3');
      events.length = 0;
      await fill(el, 'Audio and video minutes', '9999999');
      expect(byLabel(el, 'Audio and video minutes').getAttribute('aria-invalid')).to.equal('true');
      expect(events).to.have.length(0);
    });

    it('nano over 19 minutes is an error under the field, not a bigger credit', async () => {
      const el = await calculator(
        html`<cpe-credit-calculator method="nano"></cpe-credit-calculator>`,
      );
      const events = recordEvents(el);
      await fill(el, 'Module minutes', '25');
      expect(events.every((event) => event.detail.credits.nasba <= 0.2)).to.equal(true);
      expect(figures(el).every((figure) => Number(figure) <= 0.2)).to.equal(true);
    });

    it('a segment that ends before it starts is marked on its end time', async () => {
      const el = await calculator();
      const events = recordEvents(el);
      await pick(el, 'A schedule');
      await fill(el, 'Starts', '10:00');
      await fill(el, 'Ends', '09:00');
      const end = byLabel(el, 'Ends');
      expect(end.getAttribute('aria-invalid')).to.equal('true');
      expect(
        root(el).getElementById(end.getAttribute('aria-describedby')!)!.textContent,
      ).to.contain('End after the start');
      expect(events).to.have.length(0);
    });

    it('api-base unreachable: shows the in-browser result, labelled, and fires nothing', async () => {
      const api = newSpace('calc');
      await setLine(api, 'down');
      const el = await calculator(
        html`<cpe-credit-calculator api-base=${api}></cpe-credit-calculator>`,
      );
      const events = recordEvents(el);
      await fill(el, 'Minutes', '74');
      expect(figures(el)).to.deep.equal(['1.4', '1.4']);
      expect(resultText(el)).to.contain('The policy API could not be reached');
      expect(resultText(el)).to.contain('Estimate');
      expect(events).to.have.length(0);
    });

    it('api-base answering with a web page: says so, shows no number, fires nothing', async () => {
      const api = newSpace('calc');
      await setLine(api, 'web-page');
      const el = await calculator(
        html`<cpe-credit-calculator api-base=${api}></cpe-credit-calculator>`,
      );
      const events = recordEvents(el);
      await fill(el, 'Minutes', '74');
      expect(figures(el)).to.deep.equal([]);
      expect(resultText(el)).to.contain('not JSON');
      expect(events).to.have.length(0);
    });
  });

  describe('languages', () => {
    /** Waits for the catalog to arrive: the label of the method menu changes language. */
    async function speaking(el: CpeCreditCalculator, methodLabel: string): Promise<void> {
      await waitUntil(
        () => [...root(el).querySelectorAll('label')].some((l) => l.textContent === methodLabel),
        `no "${methodLabel}" label`,
      );
      await el.calculationComplete;
    }

    it('speaks French from its own lang: words, decimal commas, plurals, and passes axe', async () => {
      const el = await calculator(html`<cpe-credit-calculator lang="fr"></cpe-credit-calculator>`);
      await speaking(el, 'Mode de formation');
      await fill(el, 'Minutes', '74');
      expect(figures(el)).to.deep.equal(['1,4', '1,4']);
      expect(resultText(el)).to.contain('74 minutes admissibles · cinquièmes · Normes 2024');
      expect(resultText(el)).to.contain('Estimation');
      // The engine's reasons, worded from their params by the French table.
      expect(resultText(el)).to.contain(
        'Un crédit NASBA et un crédit ICMA valent chacun 50 minutes de contenu admissible.',
      );
      expect(policyLine(el)).to.equal(
        'Après le premier crédit, les crédits se comptent en cinquièmes (0,2), selon les Normes 2024, comme le prévoit la politique de votre organisme.',
      );
      await fill(el, 'Minutes', 'beaucoup');
      expect(root(el).getElementById('minutes-error')!.textContent).to.equal(
        `Saisissez un nombre de minutes de 0 à ${(525_600).toLocaleString('fr')}.`,
      );
      await expect(el).to.be.accessible();
    });

    it('takes Spanish from an ancestor, through a shadow root, and plural one', async () => {
      const outer = await fixture(html`<div lang="es-MX"><span></span></div>`);
      const shadow = outer.querySelector('span')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<cpe-credit-calculator method="nano"></cpe-credit-calculator>';
      const el = shadow.querySelector<CpeCreditCalculator>('cpe-credit-calculator')!;
      await speaking(el, 'Modalidad');
      await fill(el, 'Minutos del módulo', '1');
      expect(resultText(el)).to.contain('1 minuto computable');
    });

    it('switches live when a lang changes, and falls back to English for one it lacks', async () => {
      const el = await calculator(html`<cpe-credit-calculator lang="fr"></cpe-credit-calculator>`);
      await speaking(el, 'Mode de formation');
      el.lang = 'es';
      await speaking(el, 'Modalidad');
      el.lang = 'de';
      await speaking(el, 'Delivery method');
      el.removeAttribute('lang');
      const page = document.documentElement.lang;
      document.documentElement.lang = 'fr';
      try {
        await speaking(el, 'Mode de formation');
      } finally {
        document.documentElement.lang = page;
      }
      await speaking(el, 'Delivery method');
    });

    it('api-base: the API words the reasons in its language, and again when it changes', async () => {
      const api = newSpace('calc-lang');
      const el = await calculator(
        html`<cpe-credit-calculator lang="fr" api-base=${api}></cpe-credit-calculator>`,
      );
      await speaking(el, 'Mode de formation');
      await fill(el, 'Minutes', '74');
      expect(resultText(el)).to.contain(
        'Un crédit NASBA et un crédit ICMA valent chacun 50 minutes de contenu admissible.',
      );
      el.lang = 'es';
      await speaking(el, 'Modalidad');
      await waitUntil(
        () => resultText(el).includes('a 50 minutos de contenido computable'),
        'the reasons are still French',
        { timeout: 5000 },
      );
      // Each language was asked of the API: the page's sentences are the API's answer.
      expect((await requestsTo(api, 'POST', '/v1/credits')).length).to.equal(2);
    });
  });
});
