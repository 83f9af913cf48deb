CREATE TABLE "plan_external_executors" (
	"plan_id" uuid NOT NULL,
	"executor_key" text NOT NULL,
	"executor_label" text NOT NULL,
	"marked_by" uuid,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_external_executors_plan_id_executor_key_pk" PRIMARY KEY("plan_id","executor_key")
);
--> statement-breakpoint
ALTER TABLE "plan_external_executors" ADD CONSTRAINT "plan_external_executors_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_external_executors" ADD CONSTRAINT "plan_external_executors_marked_by_users_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;