import type { FastifyRequest } from 'fastify';
import type { Role } from '../../domain/auth/roles.js';

export interface SessionUser {
  id: string;
  login: string;
  displayName: string;
  organizationId: string;
  personId: string | null;
  roles: Role[];
  mustChangePassword: boolean;
}

/** What a service needs to know about the caller: who, from where. */
export interface RequestContext {
  user: SessionUser | null;
  ip: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    user: SessionUser | null;
    sessionTokenHash: string | null;
  }
}

export function contextOf(request: FastifyRequest): RequestContext {
  return { user: request.user, ip: request.ip ?? null };
}
