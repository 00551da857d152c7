CREATE TABLE `policy_recent_questions` (
	`open_id` text NOT NULL,
	`chat_id` text NOT NULL,
	`question` text NOT NULL,
	`asked_at` text NOT NULL,
	PRIMARY KEY(`open_id`, `chat_id`)
);
