/** Files the bot sends in chat (the ledger): uploaded first, then sent as a `file` message by its key. */
export interface FileUploader {
  /** Uploads the bytes and answers the file_key a `file` message carries. */
  upload(fileName: string, bytes: Uint8Array): Promise<string>;
}

/** Lark refuses an upload over 30 MB, and an empty file (docs/lark-platform.md §5). */
export const FILE_UPLOAD_LIMIT = 30 * 1024 * 1024;
