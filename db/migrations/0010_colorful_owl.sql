CREATE TABLE `referral_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`draft_id` text NOT NULL,
	`sender_open_id` text NOT NULL,
	`chat_id` text NOT NULL,
	`message_id` text NOT NULL,
	`resource_key` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text,
	`mime_type` text,
	`size` integer,
	`status` text NOT NULL,
	`content` blob,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `referral_attachments_resource` ON `referral_attachments` (`message_id`,`resource_key`);--> statement-breakpoint
CREATE INDEX `referral_attachments_draft` ON `referral_attachments` (`draft_id`,`created_at`);--> statement-breakpoint
ALTER TABLE `outbox` ADD `in_thread` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `referral_drafts` ADD `chat_id` text;--> statement-breakpoint
CREATE INDEX `referral_drafts_chat` ON `referral_drafts` (`sender_open_id`,`chat_id`,`updated_at`);