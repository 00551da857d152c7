CREATE TABLE `quiet_calendar` (
	`key` text PRIMARY KEY NOT NULL,
	`calendar_id` text,
	`synced_at` text,
	`periods_digest` text
);
--> statement-breakpoint
CREATE TABLE `quiet_calendar_events` (
	`key` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`to_date` text NOT NULL
);
