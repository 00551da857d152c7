CREATE TABLE `draw_repeat_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`body` text NOT NULL,
	`reason` text NOT NULL,
	`earlier` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`requested_by_open_id` text NOT NULL,
	`requested_by_name` text NOT NULL,
	`approver_open_id` text NOT NULL,
	`source` text NOT NULL,
	`form_ref` text,
	`status` text NOT NULL,
	`decided_at` text,
	`draw_id` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `draw_repeat_requests_form_ref_unique` ON `draw_repeat_requests` (`form_ref`);--> statement-breakpoint
ALTER TABLE `draws` ADD `seed_scheme` text DEFAULT 'legacy' NOT NULL;--> statement-breakpoint
ALTER TABLE `draws` ADD `commitment` text;--> statement-breakpoint
ALTER TABLE `draws` ADD `pools_digest` text;--> statement-breakpoint
ALTER TABLE `draws` ADD `secret` text;--> statement-breakpoint
ALTER TABLE `draws` ADD `repeat_of` text;--> statement-breakpoint
ALTER TABLE `draws` ADD `repeat_reason` text;--> statement-breakpoint
ALTER TABLE `draws` ADD `repeat_request_id` integer;--> statement-breakpoint
CREATE INDEX `draws_unit_period` ON `draws` (`unit_id`,`from_date`);