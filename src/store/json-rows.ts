import { getTableColumns, sql, type Column, type SQL } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

const columnLists = new WeakMap<SQLiteTable, [string, Column][]>();
function columnsOf(table: SQLiteTable): [string, Column][] {
  let columns = columnLists.get(table);
  if (!columns) {
    columns = Object.entries(getTableColumns(table));
    columnLists.set(table, columns);
  }
  return columns;
}

const isJson = (column: Column) => column.dataType === 'json';

/**
 * `"table"."column"`, spelled out: in a `sql` template drizzle may leave a column unqualified, and in a
 * correlated subquery a name both tables have (`id`) would then mean the inner table's.
 */
export function qualified(table: SQLiteTable, column: Column): SQL {
  return sql`${table}.${sql.identifier(column.name)}`;
}

/**
 * `json_object('property', column, …)` over every column of `table`, keyed as the schema names them:
 * a row read as one text, for a read that joins a row to its children. Each column the driver returns
 * costs the native driver and the client about a microsecond and a property definition; a request
 * with its steps and decisions was ~60 columns in three statements, and is three texts in one
 * (BENCHMARKS.md). JSON columns are embedded as JSON, so one `JSON.parse` decodes them too.
 */
export function rowJson(table: SQLiteTable): SQL {
  const pairs = columnsOf(table).map(([key, column]) => {
    const value = qualified(table, column);
    return isJson(column) ? sql`'${sql.raw(key)}', json(${value})` : sql`'${sql.raw(key)}', ${value}`;
  });
  return sql`json_object(${sql.join(pairs, sql`, `)})`;
}

/** A row as `rowJson` gave it, parsed, with each column decoded as drizzle's own select would. */
export function rowFromJson<T extends SQLiteTable>(
  table: T,
  row: Record<string, unknown>,
): T['$inferSelect'] {
  for (const [key, column] of columnsOf(table)) {
    const value = row[key];
    if (value !== null && value !== undefined && !isJson(column)) row[key] = column.mapFromDriverValue(value);
  }
  return row as T['$inferSelect'];
}
