CREATE TABLE "member_evaluations" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "member_evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"member_id" bigint NOT NULL,
	"community_id" bigint NOT NULL,
	"score" numeric(6, 1) NOT NULL,
	"computed_grade" text NOT NULL,
	"adjusted_grade" text,
	"adjust_reason" text,
	"adjusted_by" bigint,
	"lines" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evaluation_years" ADD COLUMN "weights" jsonb;--> statement-breakpoint
ALTER TABLE "evaluation_years" ADD COLUMN "ran_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "member_evaluations" ADD CONSTRAINT "member_evaluations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_evaluations" ADD CONSTRAINT "member_evaluations_community_id_places_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_evaluations" ADD CONSTRAINT "member_evaluations_adjusted_by_accounts_id_fk" FOREIGN KEY ("adjusted_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "member_evaluations_uq" ON "member_evaluations" USING btree ("county_code","year","member_id");--> statement-breakpoint
CREATE INDEX "member_evaluations_community_idx" ON "member_evaluations" USING btree ("community_id","year");