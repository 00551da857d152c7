CREATE TABLE `policy_answers` (
	`id` text PRIMARY KEY NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`open_id` text NOT NULL,
	`chat_id` text NOT NULL,
	`today` text NOT NULL,
	`asked_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `policy_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`answer_id` text NOT NULL,
	`open_id` text NOT NULL,
	`question` text NOT NULL,
	`answer` text NOT NULL,
	`useful` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`answer_id`) REFERENCES `policy_answers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `policy_feedback_once` ON `policy_feedback` (`answer_id`,`open_id`);