CREATE TABLE "fund_budgets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"year" integer NOT NULL,
	"source" varchar(32) NOT NULL,
	"allocated_fen" bigint NOT NULL,
	"committed_fen" bigint DEFAULT 0 NOT NULL,
	"paid_fen" bigint DEFAULT 0 NOT NULL,
	"recovered_fen" bigint DEFAULT 0 NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_budgets_totals_ck" CHECK ("fund_budgets"."committed_fen" >= 0 and "fund_budgets"."paid_fen" >= 0 and "fund_budgets"."recovered_fen" >= 0 and "fund_budgets"."allocated_fen" - "fund_budgets"."committed_fen" - "fund_budgets"."paid_fen" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fund_ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "fund_ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"budget_id" uuid NOT NULL,
	"kind" varchar(20) NOT NULL,
	"amount_fen" bigint NOT NULL,
	"ref_type" varchar(32),
	"ref_id" text,
	"note" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"key" varchar(128) NOT NULL,
	"route" text NOT NULL,
	"request_hash" varchar(64) NOT NULL,
	"status_code" integer,
	"response" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "idempotency_keys_user_id_key_pk" PRIMARY KEY("user_id","key")
);
--> statement-breakpoint
ALTER TABLE "fund_budgets" ADD CONSTRAINT "fund_budgets_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_budgets" ADD CONSTRAINT "fund_budgets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_ledger_entries" ADD CONSTRAINT "fund_ledger_entries_budget_id_fund_budgets_id_fk" FOREIGN KEY ("budget_id") REFERENCES "public"."fund_budgets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_ledger_entries" ADD CONSTRAINT "fund_ledger_entries_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "fund_budgets_region_year_source_uq" ON "fund_budgets" USING btree ("region_code","year","source");--> statement-breakpoint
CREATE INDEX "fund_budgets_year_idx" ON "fund_budgets" USING btree ("year","region_code");--> statement-breakpoint
CREATE INDEX "fund_ledger_entries_budget_idx" ON "fund_ledger_entries" USING btree ("budget_id","id");--> statement-breakpoint
CREATE INDEX "fund_ledger_entries_ref_idx" ON "fund_ledger_entries" USING btree ("ref_type","ref_id");--> statement-breakpoint
-- The fund ledger is append-only: a correction is a new entry, never a changed one.
CREATE OR REPLACE FUNCTION fund_ledger_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'fund_ledger_entries is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER fund_ledger_no_update BEFORE UPDATE OR DELETE ON fund_ledger_entries
  FOR EACH ROW EXECUTE FUNCTION fund_ledger_refuse_change();
--> statement-breakpoint
CREATE TRIGGER fund_ledger_no_truncate BEFORE TRUNCATE ON fund_ledger_entries
  FOR EACH STATEMENT EXECUTE FUNCTION fund_ledger_refuse_change();
