<?php
/**
 * Deleting the plugin deletes the one option it stores, on every site of a network. The
 * widget itself keeps nothing on the server.
 *
 * @package CareLevelFinder
 */

if ( ! defined( 'WP_UNINSTALL_PLUGIN' ) ) {
	exit;
}

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $care_level_finder_site ) {
		switch_to_blog( $care_level_finder_site );
		delete_option( 'care_level_finder' );
		restore_current_blog();
	}
} else {
	delete_option( 'care_level_finder' );
}
