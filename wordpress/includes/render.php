<?php
/**
 * The widget on a page: widget.js, the block, the shortcode, and the element they print.
 *
 * @package CareLevelFinder
 */

namespace CareLevelFinder;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Registers widget.js (enqueued only where a block or shortcode prints the widget), the block
 * and the shortcode.
 */
function register(): void {
	$src = plugins_url( 'widget.js', PLUGIN_FILE );
	if ( version_compare( get_bloginfo( 'version' ), '6.3', '>=' ) ) {
		// WordPress 6.3+ writes the async attribute itself, and keeps it only while no other
		// script depends on widget.js (none does).
		wp_register_script(
			SCRIPT,
			$src,
			array(),
			VERSION,
			array(
				'strategy'  => 'async',
				'in_footer' => false,
			)
		);
	} else {
		wp_register_script( SCRIPT, $src, array(), VERSION, false );
		add_filter( 'script_loader_tag', __NAMESPACE__ . '\async_tag', 10, 2 );
	}

	register_block_type(
		dirname( PLUGIN_FILE ) . '/block',
		array( 'render_callback' => __NAMESPACE__ . '\render_block' )
	);
	add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\editor_settings' );
	add_filter( 'rest_request_before_callbacks', __NAMESPACE__ . '\mark_editor_preview', 10, 3 );

	add_shortcode( 'care_level_finder', __NAMESPACE__ . '\render_shortcode' );
}

/**
 * Before WordPress 6.3: the async attribute on widget.js's tag. The widget works whenever it
 * loads (before or after its element), so nothing waits for it.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 */
function async_tag( $tag, $handle ) {
	if ( SCRIPT !== $handle || ! is_string( $tag ) || preg_match( '/<script\b[^>]*\basync\b/', $tag ) ) {
		return $tag;
	}
	return (string) preg_replace( '/<script\b(?=[^>]*\bsrc=)/', '<script async', $tag, 1 );
}

/**
 * The clinic's defaults as saved on Settings -> Care Level Finder, every key present.
 *
 * @return array<string, string>
 */
function settings(): array {
	$saved    = get_option( OPTION, array() );
	$settings = array();
	foreach ( array_keys( fields() ) as $key ) {
		$settings[ $key ] = is_array( $saved ) && isset( $saved[ $key ] ) && is_string( $saved[ $key ] ) ? $saved[ $key ] : '';
	}
	return $settings;
}

/**
 * The block: its sidebar's values over the site's defaults.
 *
 * @param array $attributes The block's attributes (block.json).
 */
function render_block( $attributes ): string {
	$overrides = array();
	foreach ( fields() as $key => $field ) {
		$overrides[ $key ] = $attributes[ $field['block'] ] ?? '';
	}
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : 'class="wp-block-care-level-finder-widget"';
	return '<div ' . $wrapper . '>' . render_widget( $overrides ) . '</div>';
}

/**
 * [care_level_finder phone="..." clinic_name="..." hours="..." lang="..." offers="..." mode="..."]
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 */
function render_shortcode( $atts ): string {
	$atts = is_array( $atts ) ? $atts : array();
	// The element's own spelling works too: clinic-name="...".
	if ( ! isset( $atts['clinic_name'] ) && isset( $atts['clinic-name'] ) ) {
		$atts['clinic_name'] = $atts['clinic-name'];
	}
	$overrides = shortcode_atts( array_fill_keys( array_keys( fields() ), '' ), $atts, 'care_level_finder' );
	wp_enqueue_script( SCRIPT );
	return render_widget( $overrides );
}

/**
 * Whether this request is the block editor's preview of the block (editor.js asks the REST
 * API's block renderer, which only those who can edit posts may call). Other REST requests,
 * such as a page's rendered content, get what visitors get.
 *
 * @param bool $now True to mark the current request as the preview.
 */
function in_editor_preview( bool $now = false ): bool {
	static $preview = false;
	if ( $now ) {
		$preview = true;
	}
	return $preview;
}

/**
 * Marks the block renderer's requests for this block (rest_request_before_callbacks).
 *
 * @param mixed            $response What the request will answer so far.
 * @param array            $handler  The route's handler.
 * @param \WP_REST_Request $request  The request.
 * @return mixed The response, unchanged.
 */
function mark_editor_preview( $response, $handler, $request ) {
	if ( $request instanceof \WP_REST_Request && '/wp/v2/block-renderer/care-level-finder/widget' === $request->get_route() ) {
		in_editor_preview( true );
	}
	return $response;
}

/**
 * <care-level-finder> with the defaults, overridden by every value of `$overrides` that passes
 * its check. Every attribute is escaped, whoever typed it. A value that fails is left out (the
 * default applies), and the problem is shown above the widget to those who can edit the page,
 * never to a visitor.
 *
 * @param array<string, mixed> $overrides By the keys of fields(); '' or missing: the default.
 */
function render_widget( array $overrides ): string {
	$values   = settings();
	$problems = array();
	foreach ( array_keys( $values ) as $key ) {
		$raw = $overrides[ $key ] ?? '';
		if ( '' === as_text( $raw ) ) {
			continue;
		}
		$result = check( $key, $raw );
		if ( null === $result['problem'] ) {
			$values[ $key ] = $result['value'];
		} else {
			$problems[] = $result['problem'] . ' ' . __( 'The site\'s setting is used instead.', 'care-level-finder' );
		}
	}
	if ( '' === $values['phone'] ) {
		$problems[] = __( 'No phone number: set the clinic\'s number on Settings -> Care Level Finder, or here. Until then the result shows the SAMHSA National Helpline instead of a call button.', 'care-level-finder' );
	}

	$attributes = '';
	foreach ( fields() as $key => $field ) {
		if ( '' !== $values[ $key ] ) {
			$attributes .= ' ' . $field['attribute'] . '="' . esc_attr( $values[ $key ] ) . '"';
		}
	}
	$preview = in_editor_preview();
	if ( $preview ) {
		// The preview is re-rendered on each change: resuming a walk there would only confuse.
		$attributes .= ' persist="none"';
	}

	$notice = '';
	$on_page = ! is_admin() && ! ( defined( 'REST_REQUEST' ) && REST_REQUEST ) && get_the_ID();
	$editor  = $preview || ( $on_page && current_user_can( 'edit_post', get_the_ID() ) );
	if ( $editor && count( $problems ) > 0 ) {
		$items = '';
		foreach ( $problems as $problem ) {
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		$notice = '<div class="care-level-finder-notice" role="note"><p><strong>'
			. esc_html__( 'Care Level Finder (only editors see this):', 'care-level-finder' )
			. '</strong></p><ul>' . $items . '</ul></div>';
	}
	return $notice . '<care-level-finder' . $attributes . '></care-level-finder>';
}

/**
 * The block editor's sidebar shows the site's defaults as placeholders.
 */
function editor_settings(): void {
	$handle = generate_block_asset_handle( 'care-level-finder/widget', 'editorScript' );
	$data   = array(
		'defaults'    => settings(),
		'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=care-level-finder' ) : '',
	);
	wp_add_inline_script( $handle, 'window.careLevelFinderEditor = ' . wp_json_encode( $data ) . ';', 'before' );
}
