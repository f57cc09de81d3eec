/**
 * evaluateRequirement: the ICMA annual requirement of RULES.md §5, in integer tenths.
 */
import type { PolicyDocument } from './policy.js';
import { RULE, credits, creditValue, reason } from './reasons.js';
import {
  RequirementInput,
  parse,
  type Parsed,
  type Reason,
  type RequirementResult,
} from './schemas.js';

export function evaluateRequirement(
  input: unknown,
  policy: PolicyDocument,
): Parsed<RequirementResult> {
  const parsed = parse(RequirementInput, input);
  return parsed.ok ? { ok: true, value: requirementFor(parsed.value, policy) } : parsed;
}

const tenths = (value: number): number => Math.round(value * 10);

function requirementFor(input: RequirementInput, policy: PolicyDocument): RequirementResult {
  const reasons: Reason[] = [];
  const annual = tenths(policy.icma.annualCredits);
  const ethicsNeeded = tenths(policy.icma.ethicsCredits);
  const carryMax = tenths(policy.icma.carryForwardMax);
  const earnedThisYear = tenths(input.credits);
  const ethics = tenths(input.ethicsCredits);

  if (input.year <= input.certifiedYear) {
    reasons.push(
      reason(
        RULE.ANNUAL_30,
        `The annual requirement starts the year after certification (${input.certifiedYear + 1}); nothing is required in ${input.year}.`,
        { variant: 'not-required', firstYear: input.certifiedYear + 1, year: input.year },
      ),
    );
    return outcome('not-required', 0, earnedThisYear, 0, 0, reasons);
  }

  const carriedIn = Math.min(tenths(input.carriedIn ?? 0), carryMax);
  const owed = tenths(input.previousShortfall ?? 0);
  const required = annual + owed;
  const earned = earnedThisYear + carriedIn;
  reasons.push(
    reason(
      RULE.ANNUAL_30,
      `${input.year} needs ${credits(annual)} credits${owed > 0 ? ` plus the ${credits(owed)} missed the year before (${credits(required)} in all)` : ''}; ${credits(earned)} are counted${carriedIn > 0 ? `, including ${credits(carriedIn)} carried forward` : ''}.`,
      {
        variant: 'required',
        year: input.year,
        annualTenths: annual,
        owedTenths: owed,
        requiredTenths: required,
        earnedTenths: earned,
        carriedInTenths: carriedIn,
      },
    ),
  );
  const ethicsMet = ethics >= ethicsNeeded;
  reasons.push(
    reason(
      RULE.ETHICS_2,
      ethicsMet
        ? `${credits(ethics)} ethics credits meet the ${credits(ethicsNeeded)} needed.`
        : `${credits(ethics)} ethics credits fall short of the ${credits(ethicsNeeded)} needed.`,
      { variant: ethicsMet ? 'met' : 'short', ethicsTenths: ethics, neededTenths: ethicsNeeded },
    ),
  );

  const shortfall = Math.max(0, required - earned, ethicsNeeded - ethics);
  if (shortfall > 0) {
    const inactive = owed > 0;
    reasons.push(
      reason(
        RULE.SHORTFALL,
        inactive
          ? `The shortfall was not made up by the end of ${input.year}, so the status is inactive until it is.`
          : `${credits(shortfall)} credits are missing; the status is inactive until ${credits(annual * 2)} credits are reached by the end of ${input.year + 1}.`,
        inactive
          ? { variant: 'inactive', year: input.year }
          : {
              variant: 'missing',
              shortfallTenths: shortfall,
              targetTenths: annual * 2,
              byYear: input.year + 1,
            },
      ),
    );
    return outcome(inactive ? 'inactive' : 'shortfall', required, earned, 0, shortfall, reasons);
  }

  // Only this year's own credits carry forward, never ones carried in.
  const carryForward = Math.min(carryMax, Math.max(0, Math.min(earnedThisYear, earned - required)));
  reasons.push(
    reason(
      RULE.CARRY_10,
      carryForward > 0
        ? `${credits(earned - required)} credits above the requirement: ${credits(carryForward)} carry forward to ${input.year + 1} (at most ${credits(carryMax)}).`
        : `No credits carry forward to ${input.year + 1}.`,
      carryForward > 0
        ? {
            variant: 'carry',
            aboveTenths: earned - required,
            carryTenths: carryForward,
            nextYear: input.year + 1,
            maxTenths: carryMax,
          }
        : { variant: 'none', nextYear: input.year + 1 },
    ),
  );
  if (owed > 0) {
    reasons.push(
      reason(RULE.SHORTFALL, `The ${credits(owed)} credits missed the year before are made up.`, {
        variant: 'made-up',
        owedTenths: owed,
      }),
    );
  }
  return outcome('met', required, earned, carryForward, 0, reasons);
}

function outcome(
  status: RequirementResult['status'],
  required: number,
  earned: number,
  carryForward: number,
  shortfall: number,
  reasons: Reason[],
): RequirementResult {
  return {
    status,
    required: creditValue(required),
    earned: creditValue(earned),
    carryForward: creditValue(carryForward),
    shortfall: creditValue(shortfall),
    reasons,
  };
}
