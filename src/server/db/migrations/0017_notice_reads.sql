CREATE TABLE "notice_reads" (
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"notice_id" uuid NOT NULL,
	"read_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notice_reads" ADD CONSTRAINT "notice_reads_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "notice_reads_uq" ON "notice_reads" USING btree ("user_id","kind","notice_id");