import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';

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

/**
 * `entry` as one JavaScript file for plain Node, without tsx, whose loader thread and source maps
 * cost about 140 MiB of the process's memory. Packages stay external and resolve from the checkout's
 * node_modules, and migrations and seed files are read from the checkout, so the file runs in place.
 */
export async function bundleForNode(entry: string, outfile: string): Promise<string> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [ownUrls],
    logLevel: 'warning',
  });
  return outfile;
}
