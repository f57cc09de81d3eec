import type { LocalProgram } from '../../../src/components/cpe-program-details/deferred.js';
import { sampleProgram } from '../api-space.js';

/** A group-live ProgramInput with two fields of study and one session of 100 minutes. */
export const liveProgram: LocalProgram = {
  description: sampleProgram.description,
  objectives: [...sampleProgram.objectives],
  instructors: [{ name: 'Grace Hopper' }],
  priceCents: 45000,
  currency: 'USD',
  title: 'Audit Update 2026',
  deliveryMethod: 'group-live',
  knowledgeLevel: 'Update',
  product: 'live-event',
  prerequisites: 'Two years of audit experience',
  fieldsOfStudy: [
    { field: 'Auditing', credits: 1.2 },
    { field: 'Regulatory Ethics', credits: 0.8 },
  ],
  location: 'Chicago, IL',
  timeZone: 'America/Chicago',
  events: [
    {
      title: 'Morning session',
      timeZone: 'America/Chicago',
      segments: [{ start: '2026-05-04T14:00:00Z', end: '2026-05-04T15:40:00Z' }],
    },
  ],
};
