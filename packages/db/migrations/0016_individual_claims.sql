ALTER TABLE "subsidy_claims" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "subsidy_grants" ADD COLUMN "paid_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "subsidy_claims" ADD CONSTRAINT "subsidy_claims_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "subsidy_claim_lines_upgrade_uq" ON "subsidy_claim_lines" USING btree ("certificate_id") WHERE "subsidy_claim_lines"."included" and "subsidy_claim_lines"."live" and "subsidy_claim_lines"."stage" = 'skill_upgrade';--> statement-breakpoint
CREATE INDEX "subsidy_claims_person_idx" ON "subsidy_claims" USING btree ("person_id");--> statement-breakpoint
-- Grants recorded before this migration were recorded when paid.
UPDATE "subsidy_grants" SET "paid_at" = "created_at" WHERE "paid_at" IS NULL;
