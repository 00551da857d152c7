CREATE TABLE `approval_center_instances` (
	`request_id` text PRIMARY KEY NOT NULL,
	`update_time` integer NOT NULL,
	`payload` text NOT NULL,
	`changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `approval_center_instances_changed` ON `approval_center_instances` (`changed_at`);