// The plugin's files as WordPress and wordpress.org read them: PHP that parses, and parses on
// PHP 7.4 too (the oldest the plugin supports; only a newer PHP is installed here, so syntax and
// functions that came after 7.4 are looked for by name), headers that agree with each other.

import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whichPhp } from './php';

const PLUGIN = resolve(import.meta.dirname, '../../wordpress');
const PHP = whichPhp();

function files(directory: string, extension: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return files(path, extension);
    return entry.name.endsWith(extension) ? [path] : [];
  });
}

const PHP_FILES = files(PLUGIN, '.php');
const read = (file: string) => readFileSync(resolve(PLUGIN, file), 'utf8');

/** A PHP file's code with its strings and comments blanked out, by PHP's own tokenizer. */
function codeOnly(file: string): string {
  const script = `foreach (token_get_all(file_get_contents($argv[1])) as $t) {
    if (is_array($t) && in_array($t[0], [T_CONSTANT_ENCAPSED_STRING, T_ENCAPSED_AND_WHITESPACE, T_COMMENT, T_DOC_COMMENT, T_INLINE_HTML], true)) { echo "''"; continue; }
    echo is_array($t) ? $t[1] : $t;
  }`;
  return execFileSync(PHP as string, ['-r', script, file], { encoding: 'utf8' });
}

/** What PHP 7.4 cannot run, with the version that brought it. */
const AFTER_7_4: readonly (readonly [RegExp, string])[] = [
  [
    /\b(str_contains|str_starts_with|str_ends_with|get_debug_type|get_resource_id|fdiv|preg_last_error_msg|array_is_list)\s*\(/,
    'a PHP 8 function',
  ],
  [/\bmatch\s*\(/, 'match (8.0)'],
  [/\?->/, 'the nullsafe operator (8.0)'],
  [/#\[/, 'an attribute (8.0)'],
  [/[(,]\s*\??[\w\\]+\|[\w\\|]+\s+&?\$/, 'a union type (8.0)'],
  [/\)\s*:\s*\??[\w\\]+\|/, 'a union return type (8.0)'],
  [/\)\s*:\s*(mixed|static|never)\b/, 'mixed, static or never as a return type (8.0, 8.1)'],
  [/[(,]\s*mixed\s+\$/, 'mixed as a parameter type (8.0)'],
  [/\b(enum|readonly)\s+\w/, 'an enum or readonly (8.1)'],
  [/function\s*&?\w*\s*\([^)]*,\s*\)/, 'a trailing comma after the last parameter (8.0)'],
  [/[(,]\s*[a-z_]\w*\s*:\s*[^:]/i, 'a named argument (8.0)'],
  [/\bnew\s+\w+\s*\([^)]*\)\s*->/, 'new without parentheses around it (8.4)'],
];

describe.skipIf(!PHP)('wordpress/*.php', () => {
  it.each(PHP_FILES.map((file) => [relative(PLUGIN, file), file]))('%s parses', (_name, file) => {
    expect(execFileSync(PHP as string, ['-l', file], { encoding: 'utf8' })).toContain('No syntax errors detected');
  });

  it.each(PHP_FILES.map((file) => [relative(PLUGIN, file), file]))(
    '%s uses nothing newer than PHP 7.4',
    (_name, file) => {
      const code = codeOnly(file);
      const found = AFTER_7_4.filter(([pattern]) => pattern.test(code)).map(([, what]) => what);
      expect(found).toEqual([]);
    },
  );
});

/**
 * render.php's register() and async_tag() outside WordPress, with the WordPress functions they
 * call recorded: widget.js is registered async on WordPress 6.3+ by its loading strategy, and
 * before 6.3 by the plugin's own filter (the test WordPress is 6.1, so only that path runs there).
 */
function registerOn(version: string): { calls: [string, ...unknown[]][]; tags: Record<string, string> } {
  const script = `
namespace { define('ABSPATH', '/'); $GLOBALS['calls'] = array(); }
namespace CareLevelFinder { const PLUGIN_FILE = '/plugins/care-level-finder/care-level-finder.php'; const VERSION = '9.9.9'; const SCRIPT = 'care-level-finder'; }
namespace {
  function record(...$args) { $GLOBALS['calls'][] = $args; }
  function __($text) { return $text; }
  function get_bloginfo($what) { return ${JSON.stringify(version)}; }
  function plugins_url($path, $file) { return 'https://clinic.example/wp-content/plugins/care-level-finder/' . $path; }
  function wp_register_script(...$args) { record('wp_register_script', ...$args); return true; }
  function add_filter(...$args) { record('add_filter', $args[0]); }
  function add_action(...$args) { record('add_action', $args[0]); }
  function add_shortcode(...$args) { record('add_shortcode', $args[0]); }
  function register_block_type(...$args) { record('register_block_type', basename($args[0])); }
  require ${JSON.stringify(resolve(PLUGIN, 'includes/options.php'))};
  require ${JSON.stringify(resolve(PLUGIN, 'includes/render.php'))};
  CareLevelFinder\\register();
  $src = "<script src='https://clinic.example/wp-content/plugins/care-level-finder/widget.js?ver=9.9.9' id='care-level-finder-js'></script>\\n";
  echo json_encode(array('calls' => $GLOBALS['calls'], 'tags' => array(
    'ours' => CareLevelFinder\\async_tag($src, 'care-level-finder'),
    'again' => CareLevelFinder\\async_tag(CareLevelFinder\\async_tag($src, 'care-level-finder'), 'care-level-finder'),
    'other' => CareLevelFinder\\async_tag(str_replace('care-level-finder-js', 'other-js', $src), 'other'),
  )));
}`;
  return JSON.parse(execFileSync(PHP as string, ['-r', script], { encoding: 'utf8' })) as {
    calls: [string, ...unknown[]][];
    tags: Record<string, string>;
  };
}

describe.skipIf(!PHP)('widget.js on a page', () => {
  const SRC = 'https://clinic.example/wp-content/plugins/care-level-finder/widget.js';

  it('is registered with the async loading strategy on WordPress 6.3 and later', () => {
    for (const version of ['6.3', '6.4.2', '6.8']) {
      const { calls } = registerOn(version);
      expect(calls).toContainEqual([
        'wp_register_script',
        'care-level-finder',
        SRC,
        [],
        '9.9.9',
        { strategy: 'async', in_footer: false },
      ]);
      expect(calls).not.toContainEqual(['add_filter', 'script_loader_tag']);
    }
  });

  it("gets async from the plugin's filter before 6.3, on its own tag only and once", () => {
    for (const version of ['6.1', '6.1.9', '6.2.3']) {
      const { calls, tags } = registerOn(version);
      expect(calls).toContainEqual(['wp_register_script', 'care-level-finder', SRC, [], '9.9.9', false]);
      expect(calls).toContainEqual(['add_filter', 'script_loader_tag']);
      expect(tags.ours).toBe(`<script async src='${SRC}?ver=9.9.9' id='care-level-finder-js'></script>\n`);
      expect(tags.again).toBe(tags.ours);
      expect(tags.other).not.toContain('async');
    }
  });

  it('is registered with the block and the shortcode', () => {
    const { calls } = registerOn('6.1');
    expect(calls).toContainEqual(['register_block_type', 'block']);
    expect(calls).toContainEqual(['add_shortcode', 'care_level_finder']);
  });
});

describe('the plugin headers', () => {
  it('say the same versions, licence and requirements in the plugin file, readme.txt and block.json', () => {
    const { version } = JSON.parse(readFileSync(resolve(PLUGIN, '../package.json'), 'utf8')) as { version: string };
    const main = read('care-level-finder.php');
    const readme = read('readme.txt');
    const header = (text: string, name: string) =>
      new RegExp(`^(?:\\s*\\*\\s*)?${name}:\\s*(.+?)\\s*$`, 'm').exec(text)?.[1];
    expect(header(main, 'Plugin Name')).toBe('Care Level Finder');
    expect(readme.split('\n')[0]).toBe('=== Care Level Finder ===');
    for (const [name, value] of [
      ['Requires at least', '6.1'],
      ['Requires PHP', '7.4'],
      ['License', 'MIT'],
      ['License URI', 'https://opensource.org/licenses/MIT'],
    ] as const) {
      expect(header(main, name), `${name} in care-level-finder.php`).toBe(value);
      expect(header(readme, name), `${name} in readme.txt`).toBe(value);
    }
    expect(header(main, 'Version')).toBe(version);
    expect(header(readme, 'Stable tag')).toBe(version);
    expect(header(main, 'Text Domain')).toBe('care-level-finder');
    const block = JSON.parse(read('block/block.json')) as { name: string; version: string; textdomain: string };
    expect(block).toMatchObject({ name: 'care-level-finder/widget', version, textdomain: 'care-level-finder' });
  });

  it('readme.txt has the sections wordpress.org shows', () => {
    const sections = [...read('readme.txt').matchAll(/^== (.+) ==$/gm)].map((match) => match[1]);
    expect(sections).toEqual([
      'Description',
      'Installation',
      'Frequently Asked Questions',
      'Screenshots',
      'Changelog',
      'Privacy',
    ]);
  });

  it('block.json and the shortcode name the same settings as options.php', () => {
    const block = JSON.parse(read('block/block.json')) as {
      attributes: Record<string, { type: string; default: string }>;
    };
    expect(Object.keys(block.attributes)).toEqual(['phone', 'clinicName', 'hours', 'lang', 'offers', 'mode']);
    const options = read('includes/options.php');
    for (const [key, attribute, blockName] of [
      ['phone', 'phone', 'phone'],
      ['clinic_name', 'clinic-name', 'clinicName'],
      ['hours', 'hours', 'hours'],
      ['lang', 'lang', 'lang'],
      ['offers', 'offers', 'offers'],
      ['mode', 'mode', 'mode'],
    ]) {
      expect(options).toMatch(
        new RegExp(`'${key}'\\s*=> array\\(\\s*'attribute' => '${attribute}',\\s*'block'\\s*=> '${blockName}'`),
      );
    }
  });
});

if (!PHP) {
  describe('wordpress/*.php', () => {
    it.skip('is not parsed: php-cli is not installed (apt-get install -y php-cli)', () => {});
  });
}
