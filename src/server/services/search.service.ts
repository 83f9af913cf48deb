import type { Db } from '../db/client.js';
import type { RequestContext } from '../http/request-context.js';
import { MATCH_START, MATCH_STOP, searchItems, searchPlans } from '../repositories/search.repository.js';
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

export function createSearchService(db: Db, access: Access, options: { parallel?: boolean } = {}) {
  return {
    /** Full-text search over the plans the caller may read: plan titles and item texts, best matches first. */
    async search(ctx: RequestContext, q: string, limit: number) {
      const visibility = access.planVisibility(ctx.user);
      // On PostgreSQL both at once, on two connections. On PGlite one after the other with a turn
      // of the event loop between: each query holds the main thread, and two answered back to
      // back (as microtasks) would hold it for both.
      const [planHits, itemHits] = options.parallel
        ? await Promise.all([searchPlans(db, visibility, q, limit), searchItems(db, visibility, q, limit)])
        : [
            await searchPlans(db, visibility, q, limit),
            await new Promise<void>((resolve) => setImmediate(resolve)).then(() => searchItems(db, visibility, q, limit)),
          ];
      const results = [
        ...planHits.map((h) => ({
          type: 'plan' as const,
          plan: { id: h.planId, title: h.planTitle },
          item: null,
          snippet: snippetParts(h.snippet),
          rank: Number(h.rank),
        })),
        ...itemHits.map((h) => ({
          type: 'item' as const,
          plan: { id: h.planId, title: h.planTitle },
          item: { id: h.itemId, number: h.itemNumber, title: h.itemTitle },
          snippet: snippetParts(h.snippet),
          rank: Number(h.rank),
        })),
      ];
      results.sort((a, b) => b.rank - a.rank);
      return results.slice(0, limit).map(({ rank: _rank, ...r }) => r);
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
