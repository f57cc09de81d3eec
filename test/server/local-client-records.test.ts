/** The bundled rules hold no programs or enrollments: each such call says it needs the API. */
import { describe, expect, it } from 'vitest';
import { LocalPolicyClient } from '../../src/client/local.js';
import { PolicyError } from '../../src/client/policy-client.js';

const recordCalls = [
  'listPrograms',
  'getProgram',
  'myEnrollments',
  'quoteEnrollmentRefund',
  'submitEnrollmentRefund',
  'createProgram',
  'updateProgram',
  'publishProgram',
  'createEvent',
  'enroll',
  'importEnrollments',
  'recordAssessment',
  'programEnrollments',
] as const;

describe('LocalPolicyClient and the records of the sponsor', () => {
  it.each(recordCalls)('%s rejects with a 501 PolicyError naming the API', async (name) => {
    const client = new LocalPolicyClient();
    const call = (client[name] as () => Promise<unknown>).bind(client);
    const error: unknown = await call().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PolicyError);
    expect(error).toMatchObject({
      status: 501,
      title: 'Programs and enrollments need the sponsor’s policy API',
    });
  });
});

describe('LocalPolicyClient and report imports', () => {
  it.each(['previewImport', 'commitImport'] as const)(
    '%s rejects with a 501 PolicyError naming the API',
    async (name) => {
      const client = new LocalPolicyClient();
      const call = (client[name] as () => Promise<unknown>).bind(client);
      const error: unknown = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PolicyError);
      expect(error).toMatchObject({
        status: 501,
        title: 'Importing a report needs the sponsor’s policy API',
      });
    },
  );
});
