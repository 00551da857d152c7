/**
 * What `exceljs` resolves to in the Workers bundle (wrangler.toml `[alias]`): the library is large,
 * and spreadsheets are made and read on Node (the CLI, the Node server). Code that loads it checks
 * `unavailable` and answers in words instead.
 */
const stub = { unavailable: true };
export default stub;
