CREATE TABLE "payee_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"payee_type" varchar(12) NOT NULL,
	"payee_id" uuid NOT NULL,
	"account_name" text NOT NULL,
	"account_number_cipher" text NOT NULL,
	"account_number_masked" varchar(24) NOT NULL,
	"bank_name" text NOT NULL,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" varchar(20) NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"sequence" integer NOT NULL,
	"fund_source" varchar(24) NOT NULL,
	"line_count" integer NOT NULL,
	"total_fen" bigint NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"exported_at" timestamp with time zone,
	"exported_by" uuid
);
--> statement-breakpoint
CREATE TABLE "payment_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"line_number" varchar(26) NOT NULL,
	"claim_id" uuid NOT NULL,
	"budget_id" uuid NOT NULL,
	"payee_type" varchar(12) NOT NULL,
	"payee_id" uuid NOT NULL,
	"account_name" text NOT NULL,
	"account_number_cipher" text NOT NULL,
	"account_number_masked" varchar(24) NOT NULL,
	"bank_name" text NOT NULL,
	"amount_fen" bigint NOT NULL,
	"status" varchar(12) NOT NULL,
	"failure_reason" text,
	"result_at" timestamp with time zone,
	"result_import_id" uuid,
	"recovered_fen" bigint DEFAULT 0 NOT NULL,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone,
	"correction_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "payment_recoveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"line_id" uuid NOT NULL,
	"claim_id" uuid NOT NULL,
	"claim_line_id" uuid,
	"amount_fen" bigint NOT NULL,
	"reason" text NOT NULL,
	"status" varchar(12) NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone NOT NULL,
	"collected_by" uuid,
	"collected_at" timestamp with time zone,
	"collection_note" text
);
--> statement-breakpoint
CREATE TABLE "payment_result_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"sha256" varchar(64) NOT NULL,
	"file_name" text,
	"paid_count" integer NOT NULL,
	"failed_count" integer NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "payee_accounts" ADD CONSTRAINT "payee_accounts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batches" ADD CONSTRAINT "payment_batches_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batches" ADD CONSTRAINT "payment_batches_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_batches" ADD CONSTRAINT "payment_batches_exported_by_users_id_fk" FOREIGN KEY ("exported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_batch_id_payment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_claim_id_subsidy_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."subsidy_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_budget_id_fund_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."fund_budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_lines" ADD CONSTRAINT "payment_lines_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_recoveries" ADD CONSTRAINT "payment_recoveries_line_id_payment_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."payment_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_recoveries" ADD CONSTRAINT "payment_recoveries_claim_id_subsidy_claims_id_fk" FOREIGN KEY ("claim_id") REFERENCES "public"."subsidy_claims"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_recoveries" ADD CONSTRAINT "payment_recoveries_claim_line_id_subsidy_claim_lines_id_fk" FOREIGN KEY ("claim_line_id") REFERENCES "public"."subsidy_claim_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_recoveries" ADD CONSTRAINT "payment_recoveries_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_recoveries" ADD CONSTRAINT "payment_recoveries_collected_by_users_id_fk" FOREIGN KEY ("collected_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_result_imports" ADD CONSTRAINT "payment_result_imports_batch_id_payment_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."payment_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payment_result_imports" ADD CONSTRAINT "payment_result_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "payee_accounts_payee_uq" ON "payee_accounts" USING btree ("payee_type","payee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_batches_number_uq" ON "payment_batches" USING btree ("number");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_batches_sequence_uq" ON "payment_batches" USING btree ("region_code","year","sequence");--> statement-breakpoint
CREATE INDEX "payment_batches_region_idx" ON "payment_batches" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_number_uq" ON "payment_lines" USING btree ("line_number");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_position_uq" ON "payment_lines" USING btree ("batch_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_lines_claim_uq" ON "payment_lines" USING btree ("claim_id") WHERE "payment_lines"."status" in ('pending', 'paid');--> statement-breakpoint
CREATE INDEX "payment_lines_claim_idx" ON "payment_lines" USING btree ("claim_id");--> statement-breakpoint
CREATE INDEX "payment_recoveries_line_idx" ON "payment_recoveries" USING btree ("line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "payment_result_imports_file_uq" ON "payment_result_imports" USING btree ("batch_id","sha256");