CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`detail` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `card_actions` (
	`event_id` text PRIMARY KEY NOT NULL,
	`response` text NOT NULL,
	`received_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `inbox` (
	`event_id` text PRIMARY KEY NOT NULL,
	`event_type` text NOT NULL,
	`message_id` text,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`error` text,
	`received_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`processed_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `inbox_message_id_unique` ON `inbox` (`message_id`);--> statement-breakpoint
CREATE INDEX `inbox_status` ON `inbox` (`status`,`received_at`);--> statement-breakpoint
CREATE TABLE `local_messages` (
	`message_id` text PRIMARY KEY NOT NULL,
	`open_id` text NOT NULL,
	`reply_to` text,
	`msg_type` text NOT NULL,
	`content` text NOT NULL,
	`urgent` integer DEFAULT false NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `local_messages_open_id` ON `local_messages` (`open_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`kind` text NOT NULL,
	`target` text NOT NULL,
	`recipient` text NOT NULL,
	`card_ref` text,
	`msg_type` text,
	`content` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`last_error` text,
	`message_id` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_uuid_unique` ON `outbox` (`uuid`);--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `outbox_card_ref` ON `outbox` (`card_ref`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `directory_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `enterprises` (
	`uscc` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`short_name` text,
	`county` text NOT NULL,
	`industry` text NOT NULL,
	`key_polluter` integer NOT NULL,
	`positive_list` integer NOT NULL,
	`positive_list_from` text,
	`positive_list_to` text,
	`major_problem` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `enterprises_name_unique` ON `enterprises` (`name`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`open_id` text NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_open_id_unique` ON `people` (`open_id`);--> statement-breakpoint
CREATE TABLE `quiet_periods` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`jurisdiction` text NOT NULL,
	`scope` text NOT NULL,
	`enterprises` text,
	`from_date` text NOT NULL,
	`to_date` text NOT NULL,
	`basis` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `units` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`level` text NOT NULL,
	`head` text NOT NULL,
	`supervisor` text,
	`county` text,
	`members` text NOT NULL,
	`officers` text
);
