import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const SDK = '@larksuiteoapi/node-sdk';
const SDK_FILE = 'lark-node-sdk.mjs';

/** Each source file keeps its own import.meta.url, so the paths it resolves (migrations, seed) still point home. */
const ownUrls: Plugin = {
  name: 'own-import-meta-url',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, async (args) => ({
      contents: (await readFile(args.path, 'utf8')).replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: args.path.endsWith('x') ? 'tsx' : 'ts',
    }));
  },
};

/** Packages resolve from node_modules at run time, except Lark's SDK, which is its own file beside the bundle. */
const externals: Plugin = {
  name: 'externals',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => ({
      path: args.path === SDK ? `./${SDK_FILE}` : args.path,
      external: true,
    }));
  },
};

/**
 * Lark's SDK ships as one 6 MB file, most of it doc comments in Chinese, so V8 keeps its source as
 * about 12 MiB of two-byte text in the heap for as long as the process runs. Rebuilt without comments
 * or whitespace and with every literal in ASCII, it is about 2 MiB of one-byte text.
 */
async function bundleSdk(outfile: string): Promise<void> {
  const root = dirname(createRequire(import.meta.url).resolve(`${SDK}/package.json`));
  await build({
    entryPoints: [join(root, 'es/index.js')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    minifyWhitespace: true,
    charset: 'ascii',
    // The SDK's ES build still calls require (protobufjs) and reads its version for the User-Agent
    // from the package.json above its own directory.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    define: { __dirname: JSON.stringify(join(root, 'es')) },
    logLevel: 'warning',
  });
}

/**
 * `entry` as one JavaScript file for plain Node, without tsx, whose loader thread and source maps
 * cost about 140 MiB of the process's memory. Packages stay external and resolve from the checkout's
 * node_modules (Lark's SDK from a compact copy beside the bundle), and migrations and seed files are
 * read from the checkout, so the file runs in place.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await bundleSdk(join(dirname(outfile), SDK_FILE));
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [ownUrls, externals],
    logLevel: 'warning',
  });
  return outfile;
}
