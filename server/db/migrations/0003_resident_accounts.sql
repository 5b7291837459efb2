ALTER TABLE "accounts" ADD COLUMN "resident_id" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_resident_uq" ON "accounts" USING btree ("resident_id");