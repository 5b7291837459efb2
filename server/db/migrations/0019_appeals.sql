CREATE TABLE "evaluation_appeals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_appeals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"evaluation_id" bigint NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"answered_by" bigint,
	"answered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_years" ADD COLUMN "appeal_days" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "evaluation_years" ADD COLUMN "feedback_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_evaluation_id_member_evaluations_id_fk" FOREIGN KEY ("evaluation_id") REFERENCES "public"."member_evaluations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_appeals" ADD CONSTRAINT "evaluation_appeals_answered_by_accounts_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "evaluation_appeals_open_uq" ON "evaluation_appeals" USING btree ("evaluation_id") WHERE status = 'open';