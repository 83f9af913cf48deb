import { z } from 'zod';
import { roles } from '../domain/auth/roles.js';
import { isoDateTime } from './responses.js';
import { localeSchema } from './locale-schema.js';

/**
 * Response contracts of the directory, administration, sign-in, tokens, calendar feeds and health routes.
 * The listed fields are checked and typed; a field added by a newer change is still sent (the serializer checks,
 * it does not strip) until it is declared here.
 */

export const organizationKinds = ['cec', 'national_cec', 'regional', 'territorial', 'municipal', 'precinct', 'youth', 'public_chamber', 'other'] as const;
export type OrganizationKind = (typeof organizationKinds)[number];

export const organizationResponse = z.object({
  id: z.uuid(),
  kind: z.enum(organizationKinds),
  name: z.string(),
  shortName: z.string().nullable(),
  parentId: z.uuid().nullable(),
  timeZone: z.string(),
  /** The interface language of the organisation's users unless they choose one. */
  defaultLocale: localeSchema.optional(),
});
export const organizationsResponse = z.object({ organizations: z.array(organizationResponse) });

export const unitResponse = z.object({ id: z.uuid(), organizationId: z.uuid(), name: z.string(), shortName: z.string().nullable() });
export const unitsResponse = z.object({ units: z.array(unitResponse) });

export const personResponse = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  unitId: z.uuid().nullable(),
  fullName: z.string(),
  shortName: z.string(),
  position: z.string().nullable(),
  email: z.string().nullable(),
});
export const peopleResponse = z.object({ people: z.array(personResponse) });

export const userResponse = z.object({
  id: z.uuid(),
  login: z.string(),
  displayName: z.string(),
  organizationId: z.uuid(),
  personId: z.uuid().nullable(),
  roles: z.array(z.enum(roles)),
  email: z.string().nullable(),
  disabled: z.boolean(),
  mustChangePassword: z.boolean(),
  lockedUntil: isoDateTime.nullable(),
  createdAt: isoDateTime,
});
export const usersResponse = z.object({ users: z.array(userResponse) });

/** The signed-in user as the session knows it. */
export const sessionUserResponse = z.object({
  id: z.uuid(),
  login: z.string(),
  displayName: z.string(),
  organizationId: z.uuid(),
  personId: z.uuid().nullable(),
  roles: z.array(z.enum(roles)),
  mustChangePassword: z.boolean(),
});
export const loginResponse = z.object({ user: sessionUserResponse });
/** The interface language: the user's choice, else the organisation's default. */
export const languageResponse = z.object({ locale: localeSchema, chosen: localeSchema.nullable(), organizationDefault: localeSchema });
export const meResponse = z.object({ user: sessionUserResponse, organization: organizationResponse.nullable(), language: languageResponse.optional() });

export const tokenScopeValues = ['read', 'write'] as const;
export type TokenScope = (typeof tokenScopeValues)[number];
export const apiTokenResponse = z.object({
  id: z.uuid(),
  name: z.string(),
  scopes: z.array(z.enum(tokenScopeValues)),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
  revokedAt: isoDateTime.nullable(),
});
export const apiTokensResponse = z.object({ tokens: z.array(apiTokenResponse) });
/** Only the answer to issuing a token carries the token itself. */
export const apiTokenCreatedResponse = apiTokenResponse.extend({ token: z.string() });

export const calendarFeedResponse = z.object({
  id: z.uuid(),
  planId: z.uuid().nullable(),
  organizationId: z.uuid().nullable(),
  createdAt: isoDateTime,
  lastUsedAt: isoDateTime.nullable(),
});
export const calendarFeedsResponse = z.object({ feeds: z.array(calendarFeedResponse) });
/** The secret URL for calendar apps: shown only in the answer that creates it. */
export const calendarFeedCreatedResponse = calendarFeedResponse.extend({ url: z.string() });

export const healthResponse = z.object({ status: z.literal('ok'), version: z.string(), database: z.string() });
