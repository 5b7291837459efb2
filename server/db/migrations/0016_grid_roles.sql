CREATE TABLE "grid_roles" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "grid_roles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"place_id" bigint NOT NULL,
	"role" text NOT NULL,
	"member_id" bigint,
	"resident_id" bigint,
	"duties" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"end_reason" text,
	"created_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pairing_rules" ADD COLUMN "priority_care" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "grid_roles" ADD CONSTRAINT "grid_roles_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_roles" ADD CONSTRAINT "grid_roles_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_roles" ADD CONSTRAINT "grid_roles_resident_id_residents_id_fk" FOREIGN KEY ("resident_id") REFERENCES "public"."residents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grid_roles" ADD CONSTRAINT "grid_roles_created_by_accounts_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grid_roles_place_idx" ON "grid_roles" USING btree ("place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "grid_roles_member_live_uq" ON "grid_roles" USING btree ("place_id","role","member_id") WHERE end_date is null and member_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "grid_roles_resident_live_uq" ON "grid_roles" USING btree ("place_id","role","resident_id") WHERE end_date is null and resident_id is not null;