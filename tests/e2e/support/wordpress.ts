// A throwaway WordPress for the plugin's tests and screenshots: Debian's wordpress package
// copied into a temp dir (the system copy and /etc/wordpress are never touched), a private
// MariaDB with its own datadir, socket and port on 127.0.0.1, PHP's built-in server on
// another free port, update checks and outside requests off. Free of vitest, so that the
// screenshot script uses it too. stop() ends every process start() began, by its id.

import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium';

const run = promisify(execFile);

/** Debian's WordPress, as the `wordpress` package installs it. */
const WORDPRESS_SOURCE = '/usr/share/wordpress';

/** WordPress 6.1's default theme, which the tests run on (a Recommends of Debian's wordpress). */
const DEFAULT_THEME = 'wp-content/themes/twentytwentythree';

/** The zip `npm run build` writes (wordpress/build-zip.ts). */
const PLUGIN_ZIP = join(import.meta.dirname, '../../../dist/wordpress/care-level-finder.zip');

function onPath(name: string): string | null {
  for (const directory of [...(process.env.PATH ?? '').split(':'), '/usr/sbin', '/usr/bin']) {
    if (!directory) continue;
    const path = join(directory, name);
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here
    }
  }
  return null;
}

/**
 * What is missing for the WordPress tests, as the Debian packages that provide it
 * (`.ci/run` installs them), or an empty list when everything is there.
 */
export async function missingForWordPress(): Promise<string[]> {
  const missing: string[] = [];
  if (!existsSync(join(WORDPRESS_SOURCE, 'wp-settings.php'))) missing.push('wordpress (no /usr/share/wordpress)');
  else if (!existsSync(join(WORDPRESS_SOURCE, DEFAULT_THEME)))
    missing.push(`wordpress-theme-twentytwentythree (no ${DEFAULT_THEME})`);
  if (!onPath('mariadbd') || !onPath('mariadb-install-db')) missing.push('mariadb-server (no mariadbd)');
  if (!onPath('mariadb')) missing.push('mariadb-client (no mariadb)');
  const php = onPath('php');
  if (!php) {
    missing.push('php-cli (no php)');
  } else {
    try {
      await run(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']);
    } catch {
      missing.push('php-mysql (php has no mysqli)');
    }
  }
  if (!existsSync(CHROMIUM_PATH)) missing.push(`chromium (no ${CHROMIUM_PATH})`);
  return missing;
}

export interface WordPressUser {
  readonly login: string;
  readonly password: string;
}

export interface WordPressSite {
  /** e.g. "http://127.0.0.1:41234", no trailing slash. */
  readonly url: string;
  readonly admin: WordPressUser;
  /** An Editor, without unfiltered_html (DISALLOW_UNFILTERED_HTML), and an application password for the REST API. */
  readonly editor: WordPressUser & { readonly applicationPassword: string };
  /** What WordPress says the Editor may do (current_user_can, after DISALLOW_UNFILTERED_HTML). */
  readonly editorCan: { readonly unfiltered_html: boolean; readonly publish_pages: boolean };
  /** The process ids of the servers start() began (MariaDB, PHP). */
  readonly pids: readonly number[];
  /** A REST API request as `user` with an application password, e.g. rest(editor, 'POST', '/wp/v2/pages', {...}). */
  readonly rest: (
    user: { readonly login: string; readonly applicationPassword: string },
    method: string,
    route: string,
    body?: unknown,
    query?: Record<string, string>,
  ) => Promise<{ status: number; json: unknown }>;
  /** Runs SQL on the site's database; rows as tab-separated lines. */
  readonly sql: (query: string) => Promise<string>;
  /** PHP's errors, warnings and notices logged so far (WP_DEBUG_LOG). */
  readonly debugLog: () => string;
  /** Ends every process start() began and deletes the temp dir; resolves once they have exited. */
  readonly stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === 'object' ? resolvePort(address.port) : fail(new Error('no port')),
      );
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((answer) => {
    const socket = new Socket();
    socket.once('connect', () => {
      socket.destroy();
      answer(true);
    });
    socket.once('error', () => answer(false));
    socket.connect(port, '127.0.0.1');
  });
}

async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  log?: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`${what} did not happen within ${timeoutMs} ms${log ? `\n${log()}` : ''}`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A server in a process group of its own, so that stopping it also ends its workers. */
function startProcess(command: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const child = spawn(command, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return { child, exited, output: () => output };
}

/** SIGTERM to the process group, then SIGKILL if it has not exited after `graceMs`. */
async function stopProcess(child: ChildProcess, exited: Promise<void>, graceMs: number): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-pid, 'SIGTERM');
  } catch {
    return;
  }
  const timedOut = await Promise.race([
    exited.then(() => false),
    new Promise<boolean>((done) => setTimeout(() => done(true), graceMs)),
  ]);
  if (timedOut) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
    await exited;
  }
}

function phpString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** The site's wp-config.php: the private database, no updates, no outside requests, no cron. */
function wpConfig(options: {
  url: string;
  dbPort: number;
  dbName: string;
  dbUser: string;
  dbPassword: string;
  debugLog: string;
}): string {
  const salts = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
    .map((name) => `define('${name}', '${randomBytes(24).toString('hex')}');`)
    .join('\n');
  return `<?php
// Written by tests/e2e/support/wordpress.ts for one test run.
define('DB_NAME', ${phpString(options.dbName)});
define('DB_USER', ${phpString(options.dbUser)});
define('DB_PASSWORD', ${phpString(options.dbPassword)});
define('DB_HOST', '127.0.0.1:${options.dbPort}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${salts}
define('WP_HOME', ${phpString(options.url)});
define('WP_SITEURL', ${phpString(options.url)});
// Nothing leaves the machine: no update check, no plugin directory, no feed.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_AUTO_UPDATE_CORE', false);
define('DISABLE_WP_CRON', true);
// Upload Plugin needs file changes; the hardened-site setting takes unfiltered_html from
// every role, as on multisite.
define('DISALLOW_FILE_MODS', false);
define('DISALLOW_UNFILTERED_HTML', true);
define('FS_METHOD', 'direct');
// Application passwords without HTTPS.
define('WP_ENVIRONMENT_TYPE', 'local');
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${phpString(options.debugLog)});
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

/** Run with php-cli once the database is up: wp_install(), an Editor and its application password. */
const INSTALL_PHP = `<?php
[$script, $root, $host, $admin, $adminPassword, $editor, $editorPassword] = $argv;
define('WP_INSTALLING', true);
$_SERVER['HTTP_HOST'] = $host;
// No mail server here: the "new site" mail is not sent (a pluggable function).
function wp_new_blog_notification() {}
require $root . '/wp-load.php';
require ABSPATH . 'wp-admin/includes/upgrade.php';
$installed = wp_install('Harbor Light Recovery', $admin, 'admin@example.test', false, '', wp_slash($adminPassword));
$editorId = wp_insert_user(array(
  'user_login' => $editor,
  'user_pass' => $editorPassword,
  'user_email' => 'editor@example.test',
  'role' => 'editor',
));
if (is_wp_error($editorId)) { fwrite(STDERR, $editorId->get_error_message()); exit(1); }
// The block editor's welcome guide would cover the editor in the screenshots.
foreach (array($installed['user_id'], $editorId) as $id) {
  update_user_meta($id, $wpdb->get_blog_prefix() . 'persisted_preferences', array(
    'core/edit-post' => array('welcomeGuide' => false),
    '_modified' => gmdate('c'),
  ));
}
[$applicationPassword] = WP_Application_Passwords::create_new_application_password($editorId, array('name' => 'test'));
echo json_encode(array(
  'applicationPassword' => $applicationPassword,
  'editorCan' => array(
    'unfiltered_html' => user_can($editorId, 'unfiltered_html'),
    'publish_pages' => user_can($editorId, 'publish_pages'),
  ),
));
`;

export async function startWordPress(): Promise<WordPressSite> {
  const missing = await missingForWordPress();
  if (missing.length > 0) throw new Error(`the WordPress stack is missing: ${missing.join(', ')}`);
  const php = onPath('php') as string;
  const temp = mkdtempSync(join(tmpdir(), 'clf-wordpress-'));
  const root = join(temp, 'site');
  const datadir = join(temp, 'db');
  const socket = join(temp, 'mariadb.sock');
  const debugLog = join(temp, 'debug.log');
  const dbPort = await freePort();
  let webPort = await freePort();
  while (webPort === dbPort) webPort = await freePort();
  const url = `http://127.0.0.1:${webPort}`;
  const secret = () => randomBytes(12).toString('hex');
  const db = { name: 'wordpress', user: 'wordpress', password: secret() };
  const admin = { login: 'admin', password: secret() };
  const editorUser = { login: 'editor', password: secret() };
  const asRoot = process.getuid?.() === 0;

  const started: { child: ChildProcess; exited: Promise<void>; graceMs: number }[] = [];
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      // The web server first: it holds connections to the database.
      for (const server of [...started].reverse()) await stopProcess(server.child, server.exited, server.graceMs);
      process.off('exit', killOnExit);
      rmSync(temp, { recursive: true, force: true });
    })();
    return stopped;
  };
  // A crashed test run must not leave servers behind.
  const killOnExit = () => {
    for (const { child } of started) {
      if (child.pid !== undefined && child.exitCode === null) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
  };
  process.on('exit', killOnExit);

  let copied: Promise<void> = Promise.resolve();
  try {
    // WordPress: a copy, without the system's config and translations (the site is in English),
    // made while the database starts.
    copied = cp(WORDPRESS_SOURCE, root, {
      recursive: true,
      // Debian links some files to other packages (underscore.js, getID3) with relative paths,
      // which would dangle in the copy: copy what they point to.
      dereference: true,
      filter: (source) =>
        !['wp-config.php', '.htaccess', 'wp-content/languages'].includes(relative(WORDPRESS_SOURCE, source)),
    });
    // A failed copy is reported where it is awaited, not as an unhandled rejection meanwhile.
    copied.catch(() => {});

    // The database: a datadir of its own, reachable only on 127.0.0.1 and its socket.
    const owner = asRoot ? ['--user=root'] : [];
    await run(onPath('mariadb-install-db') as string, [
      '--no-defaults',
      `--datadir=${datadir}`,
      ...owner,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--innodb-log-file-size=8M',
    ]);
    const mariadb = startProcess(onPath('mariadbd') as string, [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      `--port=${dbPort}`,
      '--bind-address=127.0.0.1',
      `--pid-file=${join(temp, 'mariadb.pid')}`,
      `--log-error=${join(temp, 'mariadb.err')}`,
      '--innodb-log-file-size=8M',
      '--innodb-buffer-pool-size=32M',
      // A throwaway database: no fsync per commit, no doublewrite, no flush on shutdown.
      '--innodb-flush-log-at-trx-commit=0',
      '--innodb-doublewrite=0',
      '--innodb-fast-shutdown=2',
      '--skip-name-resolve',
      ...owner,
    ]);
    started.push({ ...mariadb, graceMs: 15_000 });
    const mariadbLog = () =>
      existsSync(join(temp, 'mariadb.err')) ? readFileSync(join(temp, 'mariadb.err'), 'utf8') : mariadb.output();
    await until('MariaDB accepting connections', () => existsSync(socket) && portOpen(dbPort), 20_000, mariadbLog);

    const client = onPath('mariadb') as string;
    const sql = async (query: string, database = db.name) => {
      const { stdout } = await run(client, [
        '--no-defaults',
        `--socket=${socket}`,
        '-uroot',
        '-N',
        '-B',
        database,
        '-e',
        query,
      ]);
      return stdout;
    };
    await sql(
      `CREATE DATABASE ${db.name}; CREATE USER '${db.user}'@'127.0.0.1' IDENTIFIED BY '${db.password}'; ` +
        `GRANT ALL ON ${db.name}.* TO '${db.user}'@'127.0.0.1';`,
      'mysql',
    );

    await copied;
    writeFileSync(
      join(root, 'wp-config.php'),
      wpConfig({ url, dbPort, dbName: db.name, dbUser: db.user, dbPassword: db.password, debugLog }),
    );
    const installScript = join(temp, 'install.php');
    writeFileSync(installScript, INSTALL_PHP);
    const { stdout } = await run(php, [
      installScript,
      root,
      `127.0.0.1:${webPort}`,
      admin.login,
      admin.password,
      editorUser.login,
      editorUser.password,
    ]);
    const installed = JSON.parse(stdout) as {
      applicationPassword: string;
      editorCan: { unfiltered_html: boolean; publish_pages: boolean };
    };
    if (installed.editorCan.unfiltered_html || !installed.editorCan.publish_pages) {
      throw new Error(
        `the Editor should publish pages without unfiltered_html: ${JSON.stringify(installed.editorCan)}`,
      );
    }

    // PHP's own server, with a few workers: the block editor asks for several things at once.
    // OPcache, off by default in php-cli, spares each request compiling WordPress again.
    const web = startProcess(php, ['-d', 'opcache.enable_cli=1', '-S', `127.0.0.1:${webPort}`, '-t', root], {
      ...process.env,
      PHP_CLI_SERVER_WORKERS: '4',
    });
    started.push({ ...web, graceMs: 5_000 });
    await until('PHP serving WordPress', () => portOpen(webPort), 10_000, web.output);

    const editor = { ...editorUser, applicationPassword: installed.applicationPassword };
    return {
      url,
      admin,
      editor,
      editorCan: installed.editorCan,
      pids: started.map(({ child }) => child.pid as number),
      async rest(user, method, route, body, query = {}) {
        const address = new URL(`${url}/`);
        address.searchParams.set('rest_route', route);
        for (const [name, value] of Object.entries(query)) address.searchParams.set(name, value);
        const response = await fetch(address, {
          method,
          headers: {
            authorization: `Basic ${Buffer.from(`${user.login}:${user.applicationPassword}`).toString('base64')}`,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        const text = await response.text();
        let json: unknown = text;
        try {
          json = JSON.parse(text);
        } catch {
          // not JSON: keep the text for the message
        }
        return { status: response.status, json };
      },
      sql: (query) => sql(query),
      debugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
      stop,
    };
  } catch (error) {
    await copied.catch(() => {});
    await stop();
    throw error;
  }
}

/** Whether every process of `pids` has exited and neither port answers. */
export async function allStopped(pids: readonly number[], url: string): Promise<boolean> {
  const port = Number(new URL(url).port);
  return pids.every((pid) => !alive(pid)) && !(await portOpen(port));
}

/** Logs in through wp-login.php, as a person would, landing on `then` (a path in wp-admin). */
export async function logIn(
  page: Page,
  site: WordPressSite,
  user: WordPressUser,
  then = '/wp-admin/profile.php',
): Promise<void> {
  await page.goto(`${site.url}/wp-login.php?redirect_to=${encodeURIComponent(site.url + then)}`);
  await page.locator('#user_login').fill(user.login);
  await page.locator('#user_pass').fill(user.password);
  await Promise.all([page.waitForURL(/\/wp-admin\//), page.locator('#wp-submit').click()]);
}

/** Plugins -> Add New -> Upload Plugin with the zip, then Activate. Needs an administrator's page. */
export async function uploadPlugin(page: Page, site: WordPressSite, zip: string = PLUGIN_ZIP): Promise<void> {
  await page.goto(`${site.url}/wp-admin/plugin-install.php`);
  await page.locator('.upload-view-toggle').click();
  await page.locator('#pluginzip').setInputFiles(zip);
  await Promise.all([
    page.waitForURL(/update\.php\?action=upload-plugin/),
    page.locator('#install-plugin-submit').click(),
  ]);
  const activate = page.locator('a.button-primary[href*="action=activate"]');
  try {
    await activate.waitFor({ timeout: 10_000 });
  } catch {
    throw new Error(
      `Upload Plugin did not offer to activate it; the page says:\n${((await page.locator('.wrap').textContent()) ?? '').replace(/\s+/g, ' ').trim()}`,
    );
  }
  await Promise.all([page.waitForURL(/plugins\.php/), activate.click()]);
}

/** The block editor's `wp.data` actions and selectors that the tests call. */
interface WpStore {
  insertBlocks(block: unknown): void;
  selectBlock(clientId: string): void;
  openGeneralSidebar(name: string): void;
  editPost(edits: Record<string, unknown>): void;
  savePost(): Promise<void>;
  getCurrentPostAttribute(name: string): unknown;
  getCurrentPostId(): number;
  toggleFeature(feature: string): void;
}

declare global {
  interface Window {
    /** The block editor's globals, as much of them as the tests use. */
    wp: {
      blocks: {
        getBlockType(name: string): unknown;
        createBlock(name: string, attributes?: Record<string, string>): { clientId: string };
      };
      data: { dispatch(store: string): WpStore; select(store: string): WpStore };
    };
  }
}

/**
 * A new page in the block editor with the widget block inserted and selected, its sidebar open;
 * gives the sidebar. The user of `page` must be logged in.
 */
export async function openEditorWithBlock(
  page: Page,
  site: WordPressSite,
  attributes: Record<string, string> = {},
): Promise<Locator> {
  await page.goto(`${site.url}/wp-admin/post-new.php?post_type=page`);
  await page.waitForFunction(() => Boolean(window.wp?.blocks?.getBlockType('care-level-finder/widget')));
  await page.evaluate((initial) => {
    const block = window.wp.blocks.createBlock('care-level-finder/widget', initial);
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
    window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
  }, attributes);
  const sidebar = page.locator('.interface-complementary-area');
  await sidebar.getByLabel('Phone', { exact: true }).waitFor();
  return sidebar;
}

/** The block markup the block editor saves for the widget block with these attributes. */
export function blockMarkup(attributes: Readonly<Record<string, string>> = {}): string {
  // serialize_block_attributes() in WordPress (and the editor's serializer) write these
  // characters as \\u escapes, so that the JSON can never end the HTML comment early.
  const json = JSON.stringify(attributes)
    .replace(/--/g, '\\u002d\\u002d')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\\"/g, '\\u0022');
  return Object.keys(attributes).length > 0
    ? `<!-- wp:care-level-finder/widget ${json} /-->`
    : '<!-- wp:care-level-finder/widget /-->';
}

/** A shortcode in the block editor's Shortcode block, as the editor saves it. */
export function shortcodeMarkup(shortcode: string): string {
  return `<!-- wp:shortcode -->\n${shortcode}\n<!-- /wp:shortcode -->`;
}
