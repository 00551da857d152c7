CREATE TABLE `draw_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` text NOT NULL,
	`uscc` text NOT NULL,
	`reason` text NOT NULL,
	`declared_by` text NOT NULL,
	`declared_at` text NOT NULL,
	`withdrawn_at` text
);
--> statement-breakpoint
CREATE INDEX `draw_conflicts_person` ON `draw_conflicts` (`person_id`,`uscc`);--> statement-breakpoint
CREATE TABLE `draw_items` (
	`draw_id` text NOT NULL,
	`idx` integer NOT NULL,
	`uscc` text NOT NULL,
	`enterprise_name` text NOT NULL,
	`inspectors` text NOT NULL,
	`filing` text NOT NULL,
	`request_id` text,
	`blocked_reason` text,
	`outcome` text,
	`note` text,
	`inspected_on` text,
	`recorded_by_open_id` text,
	`recorded_by_name` text,
	`published_at` text,
	`reminded_at` text,
	PRIMARY KEY(`draw_id`, `idx`)
);
--> statement-breakpoint
CREATE INDEX `draw_items_request` ON `draw_items` (`request_id`);--> statement-breakpoint
CREATE TABLE `draws` (
	`id` text PRIMARY KEY NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`unit_id` text NOT NULL,
	`unit_name` text NOT NULL,
	`initiator_open_id` text NOT NULL,
	`initiator_person_id` text NOT NULL,
	`initiator_name` text NOT NULL,
	`request` text NOT NULL,
	`input` text NOT NULL,
	`input_digest` text NOT NULL,
	`result` text NOT NULL,
	`excluded` text NOT NULL,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`publish_due` text NOT NULL,
	`form_ref` text,
	`source` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `draws_form_ref_unique` ON `draws` (`form_ref`);--> statement-breakpoint
CREATE UNIQUE INDEX `draws_number` ON `draws` (`year`,`seq`);