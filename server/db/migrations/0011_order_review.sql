ALTER TABLE "service_orders" ADD COLUMN "rating_counted" boolean;--> statement-breakpoint
ALTER TABLE "service_orders" ADD COLUMN "escalated_at" timestamp with time zone;