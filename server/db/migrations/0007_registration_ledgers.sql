CREATE TABLE "unit_assignments" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "unit_assignments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"organization_id" bigint NOT NULL,
	"place_id" bigint NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"assigned_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "files" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "files_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"name" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "resources" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "resources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"county_code" varchar(6) NOT NULL,
	"place_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"organization_id" bigint,
	"member_id" bigint,
	"source" text NOT NULL,
	"source_id" bigint NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "member_registrations" ALTER COLUMN "member_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "member_id" bigint;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD COLUMN "applicant_name" text;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD COLUMN "applicant_organization" text;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD COLUMN "applicant_id_cipher" text;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD COLUMN "applicant_id_hash" text;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD COLUMN "applicant_id_mask" text;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD COLUMN "applicant_phone_cipher" text;--> statement-breakpoint
ALTER TABLE "member_registrations" ADD COLUMN "applicant_phone_mask" text;--> statement-breakpoint
ALTER TABLE "unit_registrations" ADD COLUMN "scan_file_id" bigint;--> statement-breakpoint
ALTER TABLE "unit_assignments" ADD CONSTRAINT "unit_assignments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_assignments" ADD CONSTRAINT "unit_assignments_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_assignments" ADD CONSTRAINT "unit_assignments_assigned_by_accounts_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_uploaded_by_accounts_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resources" ADD CONSTRAINT "resources_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "unit_assignments_uq" ON "unit_assignments" USING btree ("organization_id","place_id");--> statement-breakpoint
CREATE UNIQUE INDEX "resources_source_uq" ON "resources" USING btree ("source","source_id","position");--> statement-breakpoint
CREATE INDEX "resources_place_idx" ON "resources" USING btree ("place_id","kind");--> statement-breakpoint
ALTER TABLE "unit_registrations" ADD CONSTRAINT "unit_registrations_scan_file_id_files_id_fk" FOREIGN KEY ("scan_file_id") REFERENCES "public"."files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_member_uq" ON "accounts" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "member_registrations_applicant_uq" ON "member_registrations" USING btree ("applicant_id_hash") WHERE status = 'submitted';--> statement-breakpoint
CREATE INDEX "member_registrations_member_idx" ON "member_registrations" USING btree ("member_id");