<?php
/**
 * What editor.js needs: the block editor's globals, and widget.js for the live preview. It
 * is plain JavaScript with no build step, so this file is written by hand.
 *
 * @package CareLevelFinder
 */

return array(
	'dependencies' => array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-api-fetch', 'wp-i18n', 'care-level-finder' ),
	'version'      => '0.1.0',
);
