import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { MATCH_START, MATCH_STOP, searchPlansAndItems } from '../repositories/search.repository.js';
import type { Access } from './access.service.js';

export interface SnippetPart {
  text: string;
  match: boolean;
}

/** Splits a ts_headline result into plain segments so that clients render text, never markup. */
export function snippetParts(headline: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let rest = headline;
  while (rest.length) {
    const start = rest.indexOf(MATCH_START);
    if (start < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (start > 0) parts.push({ text: rest.slice(0, start), match: false });
    const stop = rest.indexOf(MATCH_STOP, start + 1);
    const end = stop < 0 ? rest.length : stop;
    parts.push({ text: rest.slice(start + 1, end), match: true });
    rest = stop < 0 ? '' : rest.slice(stop + 1);
  }
  return parts.filter((p) => p.text.length > 0);
}

export function createSearchService(db: Db, access: Access) {
  return {
    /** Full-text search over the plans the caller may read: plan titles and item texts, best matches first. */
    async search(ctx: RequestContext, q: string, limit: number) {
      const hits = await searchPlansAndItems(db, { plans: access.planVisibility(ctx.user), hidden: access.hiddenPlans(ctx.user) }, q, limit);
      return hits.map((h) => ({
        type: h.item ? ('item' as const) : ('plan' as const),
        plan: { id: h.planId, title: h.planTitle },
        item: h.item,
        snippet: snippetParts(h.snippet),
      }));
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
