/**
 * A JSON Schema (draft 2020-12) of an Open Badges 3.0 AchievementCredential, written for these
 * tests from the data model of the OB 3.0 specification (AchievementCredential, Profile,
 * AchievementSubject, Achievement, Criteria, IdentityObject, CredentialSchema,
 * CredentialStatus): the members it marks required, their types and the fixed values it names.
 */
const uri = { type: 'string', format: 'uri' };
const dateTime = { type: 'string', format: 'date-time' };
/** `type` is an array of IRIs that must include `name`. */
const typeIncluding = (...names: string[]) => ({
  type: 'array',
  items: { type: 'string' },
  minItems: 1,
  allOf: names.map((name) => ({ contains: { const: name } })),
});

const achievementTypes = [
  'Achievement',
  'ApprenticeshipCertificate',
  'Assessment',
  'Assignment',
  'AssociateDegree',
  'Award',
  'Badge',
  'BachelorDegree',
  'Certificate',
  'CertificateOfCompletion',
  'Certification',
  'CommunityService',
  'Competency',
  'Course',
  'CoCurricular',
  'Degree',
  'Diploma',
  'DoctoralDegree',
  'Fieldwork',
  'GeneralEducationDevelopment',
  'JourneymanCertificate',
  'LearningProgram',
  'License',
  'Membership',
  'ProfessionalDoctorate',
  'QualityAssuranceCredential',
  'MasterCertificate',
  'MasterDegree',
  'MicroCredential',
  'ResearchDoctorate',
  'SecondarySchoolDiploma',
];

export const achievementCredentialSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['@context', 'id', 'type', 'issuer', 'validFrom', 'credentialSubject', 'name'],
  properties: {
    '@context': {
      type: 'array',
      minItems: 2,
      prefixItems: [
        { const: 'https://www.w3.org/ns/credentials/v2' },
        {
          type: 'string',
          pattern: '^https://purl\\.imsglobal\\.org/spec/ob/v3p0/context(-3\\.\\d\\.\\d)*\\.json$',
        },
      ],
    },
    id: uri,
    type: {
      type: 'array',
      items: { type: 'string' },
      allOf: [{ contains: { const: 'VerifiableCredential' } }],
      anyOf: [
        { contains: { const: 'AchievementCredential' } },
        { contains: { const: 'OpenBadgeCredential' } },
      ],
    },
    name: { type: 'string' },
    description: { type: 'string' },
    issuer: {
      type: 'object',
      required: ['id', 'type'],
      properties: {
        id: uri,
        type: typeIncluding('Profile'),
        name: { type: 'string' },
        url: uri,
        phone: { type: 'string' },
        description: { type: 'string' },
        email: { type: 'string' },
      },
    },
    validFrom: dateTime,
    validUntil: dateTime,
    credentialSubject: {
      type: 'object',
      required: ['type', 'achievement'],
      properties: {
        id: uri,
        type: typeIncluding('AchievementSubject'),
        activityStartDate: dateTime,
        activityEndDate: dateTime,
        creditsEarned: { type: 'number' },
        identifier: {
          type: 'array',
          items: {
            type: 'object',
            required: ['type', 'identityHash', 'identityType', 'hashed'],
            properties: {
              type: { const: 'IdentityObject' },
              hashed: { type: 'boolean' },
              identityHash: { type: 'string' },
              identityType: { type: 'string' },
              salt: { type: 'string' },
            },
            additionalProperties: false,
          },
        },
        achievement: {
          type: 'object',
          required: ['id', 'type', 'criteria', 'description', 'name'],
          properties: {
            id: uri,
            type: typeIncluding('Achievement'),
            achievementType: {
              anyOf: [
                { enum: achievementTypes },
                { type: 'string', pattern: '^ext:[a-zA-Z0-9.\\-_]+$' },
              ],
            },
            criteria: {
              type: 'object',
              anyOf: [{ required: ['id'] }, { required: ['narrative'] }],
              properties: { id: uri, narrative: { type: 'string' } },
            },
            creditsAvailable: { type: 'number' },
            description: { type: 'string' },
            fieldOfStudy: { type: 'string' },
            name: { type: 'string' },
          },
        },
      },
    },
    credentialSchema: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'type'],
        properties: { id: uri, type: { type: 'string' } },
      },
    },
    credentialStatus: {
      type: 'object',
      required: ['id', 'type'],
      properties: { id: uri, type: { type: 'string' } },
    },
  },
} as const;
