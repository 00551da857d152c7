CREATE TABLE `pending_imports` (
	`token` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`open_id` text NOT NULL,
	`message_id` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`prepared` text NOT NULL,
	`status` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	`decided_at` text
);
--> statement-breakpoint
CREATE INDEX `pending_imports_expiry` ON `pending_imports` (`status`,`expires_at`);