ALTER TABLE "plans" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "submitted_by" uuid;--> statement-breakpoint
ALTER TABLE "plans" ADD COLUMN "submission_due" date;--> statement-breakpoint
ALTER TABLE "plan_links" ADD COLUMN "source_organization_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_links" ADD COLUMN "source_digest" text;--> statement-breakpoint
ALTER TABLE "plans" ADD CONSTRAINT "plans_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_links" ADD CONSTRAINT "plan_links_source_organization_id_organizations_id_fk" FOREIGN KEY ("source_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plan_links_source_item_idx" ON "plan_links" USING btree ("source_item_id");--> statement-breakpoint
CREATE INDEX "plan_links_target_item_idx" ON "plan_links" USING btree ("target_item_id");