<?php
/**
 * Plugin Name:       Care Level Finder
 * Plugin URI:        https://www.npmjs.com/package/care-level-finder
 * Description:       A private, accessible screening that suggests a level of addiction treatment and offers the clinic's phone number. Add it as a block or with the [care_level_finder] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            Care Level Finder
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       care-level-finder
 *
 * @package CareLevelFinder
 */

namespace CareLevelFinder;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/** The plugin's version, which is also widget.js's (the zip is built from one package). */
const VERSION = '0.1.0';

/** The one option the plugin stores: the clinic's defaults (uninstall.php deletes it). */
const OPTION = 'care_level_finder';

/** The handle of widget.js. */
const SCRIPT = 'care-level-finder';

const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/options.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', __NAMESPACE__ . '\register' );
add_action( 'admin_init', __NAMESPACE__ . '\register_settings' );
add_action( 'admin_menu', __NAMESPACE__ . '\add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), __NAMESPACE__ . '\settings_link' );
