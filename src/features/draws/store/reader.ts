import type { ResultSet } from '@libsql/client';
import type { BaseSQLiteDatabase } from 'drizzle-orm/sqlite-core';
import type { Schema } from '../../../store/db.js';

/** `store.db` or a transaction: reads inside a write must see that write's own changes. */
export type Reader = BaseSQLiteDatabase<'async', ResultSet, Schema>;
