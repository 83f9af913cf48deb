CREATE TABLE "plan_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"source_plan_id" uuid,
	"source_item_id" uuid,
	"source_number" text,
	"target_plan_id" uuid NOT NULL,
	"target_item_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_versions" ADD COLUMN "act" jsonb;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "approval_kind" text;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "official_version" integer;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "amendment_opened_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "revision_act" jsonb;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_source_plan_id_plans_id_fk" FOREIGN KEY ("source_plan_id") REFERENCES "public"."plans"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_source_item_id_plan_items_id_fk" FOREIGN KEY ("source_item_id") REFERENCES "public"."plan_items"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_target_plan_id_plans_id_fk" FOREIGN KEY ("target_plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_target_item_id_plan_items_id_fk" FOREIGN KEY ("target_item_id") REFERENCES "public"."plan_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_links_target_idx" ON "plan_links" USING btree ("target_plan_id");--> statement-breakpoint
CREATE INDEX "plan_links_source_idx" ON "plan_links" USING btree ("source_plan_id");