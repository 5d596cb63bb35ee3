// `npm run electron:addon`: puts the SQLite addon built for the installed Electron's ABI in
// native/electron-<version>-<platform>-<arch>/, apart from node_modules' Node-ABI build that the tests
// load, so neither ever overwrites the other. The desktop shell passes this file as `nativeBinding`.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const ADDON = 'better-sqlite3-multiple-ciphers';
const ADDON_FILE = 'better_sqlite3.node';

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Where the Electron-ABI addon lives; src/main/native-binding.ts computes the same path. */
export function electronAddonPath(target = currentTarget()) {
  return join(root, 'native', `electron-${target.electronVersion}-${target.platform}-${target.arch}`, ADDON_FILE);
}

export function currentTarget() {
  const electronPackage = join(root, 'node_modules', 'electron', 'package.json');
  if (!existsSync(electronPackage)) {
    throw new Error('The electron package is not installed; run `npm install` first.');
  }
  return { electronVersion: readJson(electronPackage).version, platform: process.platform, arch: process.arch };
}

/** prebuild-install reads these from npm's environment; a stray one (say build_from_source) would skip the download. */
function cleanEnv() {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^npm_package_/i.test(key)) delete env[key];
    if (/^npm_config_(build_from_source|target|runtime|arch|platform|disturl|download)$/i.test(key)) delete env[key];
  }
  return env;
}

function explainFailure(target, addonVersion, detail, destination) {
  const abiFile = join(root, 'node_modules', 'electron', 'abi_version');
  const abi = existsSync(abiFile) ? readFileSync(abiFile, 'utf8').trim() : '?';
  const asset = `${ADDON}-v${addonVersion}-electron-v${abi}-${target.platform}-${target.arch}.tar.gz`;
  console.error(
    [
      '',
      `QuietLedger could not fetch the SQLite addon built for Electron ${target.electronVersion} (${target.platform}-${target.arch}).`,
      `  What was needed: ${asset}`,
      `  from https://github.com/m4heshd/${ADDON}/releases/tag/v${addonVersion}`,
      `  Why it failed: ${detail}`,
      '  The desktop app needs this file to open the encrypted ledger. Tests and the browser mode',
      '  (npm run start:web) do not: they use the Node build in node_modules, which was left untouched.',
      '  To retry: connect to the internet (set HTTPS_PROXY if you are behind a proxy) and run',
      '    npm run electron:addon',
      '  or simply `npm start` again.',
      `  If the release has no file for ${target.platform}-${target.arch}, build one from source (needs a C++ toolchain)`,
      `  in a COPY of node_modules/${ADDON} (never in place, which would replace the tests' build):`,
      `    npx node-gyp rebuild --release --runtime=electron --target=${target.electronVersion} --dist-url=https://electronjs.org/headers`,
      `  and copy its build/Release/${ADDON_FILE} to ${destination}`,
      '',
    ].join('\n'),
  );
}

/**
 * Fetches the addon when it is missing. prebuild-install runs in a temp copy of the package (its
 * package.json is all it reads) and unpacks there, so node_modules' own build/Release is never touched.
 * Returns 0 on success or when the addon is already in place, 1 otherwise.
 */
export function ensureElectronAddon({ quiet = false } = {}) {
  const target = currentTarget();
  const destination = electronAddonPath(target);
  if (existsSync(destination)) {
    if (!quiet) console.log(`Electron SQLite addon present: ${destination}`);
    return 0;
  }
  const addonDir = dirname(require.resolve(`${ADDON}/package.json`));
  const addonVersion = readJson(join(addonDir, 'package.json')).version;
  const prebuildInstall = require.resolve('prebuild-install/bin.js');
  const work = mkdtempSync(join(tmpdir(), 'quietledger-addon-'));
  try {
    copyFileSync(join(addonDir, 'package.json'), join(work, 'package.json'));
    console.log(`Fetching the SQLite addon for Electron ${target.electronVersion} (${target.platform}-${target.arch})…`);
    const run = spawnSync(
      process.execPath,
      [
        prebuildInstall,
        '--runtime', 'electron',
        '--target', target.electronVersion,
        '--arch', target.arch,
        '--platform', target.platform,
        '--verbose',
      ],
      { cwd: work, env: cleanEnv(), encoding: 'utf8' },
    );
    const built = join(work, 'build', 'Release', ADDON_FILE);
    if (run.status !== 0 || !existsSync(built)) {
      const lastLines = `${run.stderr ?? ''}${run.stdout ?? ''}`
        .split('\n')
        .filter((line) => /warn|err/i.test(line))
        .slice(-2)
        .join(' | ');
      explainFailure(
        target,
        addonVersion,
        lastLines || run.error?.message || `prebuild-install exited with ${run.status}`,
        destination,
      );
      return 1;
    }
    mkdirSync(dirname(destination), { recursive: true });
    const partial = `${destination}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, destination);
    console.log(`Electron SQLite addon ready: ${destination}`);
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--print-path')) {
    console.log(electronAddonPath());
  } else {
    process.exitCode = ensureElectronAddon();
  }
}
