-- Search reads a stored, indexed tsvector instead of building one per row at query time:
-- one huge row can no longer fail every search ("string is too long for tsvector") and
-- the GIN index keeps search fast on a large database. The indexed text is capped at
-- 100 000 characters (far above any text limit of the API) so that a row written past
-- the limits, e.g. directly in the database, still gets a vector that fits.
-- Not part of the Drizzle schema on purpose: ordinary selects must not carry the vector.
ALTER TABLE "plans" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  to_tsvector('russian', left(coalesce("title", '') || ' ' || coalesce("description", ''), 100000))
) STORED;--> statement-breakpoint
ALTER TABLE "plan_items" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
  to_tsvector('russian', left(
    coalesce("title", '') || ' ' || coalesce("deadline_text", '') || ' ' || coalesce("notes", '') || ' ' ||
    -- the values of the plan's own columns; JSON escapes (\n, \", \u0007) become spaces
    regexp_replace(jsonb_path_query_array("fields", '$.*')::text, '\\(u[0-9a-fA-F]{4}|.)', ' ', 'g'), 100000))
) STORED;--> statement-breakpoint
CREATE INDEX "plans_search_vector_idx" ON "plans" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "plan_items_search_vector_idx" ON "plan_items" USING gin ("search_vector");
