<?php
/**
 * Settings -> Care Level Finder: the clinic's defaults, checked on save like the widget's
 * attributes. A value that fails its check is not saved (the previous one stays) and the
 * message says which field and why.
 *
 * @package CareLevelFinder
 */

namespace CareLevelFinder;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const PAGE = 'care-level-finder';

/**
 * The option, its check on save, and the page's fields.
 */
function register_settings(): void {
	register_setting(
		PAGE,
		OPTION,
		array(
			'type'              => 'object',
			'sanitize_callback' => __NAMESPACE__ . '\sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section( 'clinic', __( 'Clinic defaults', 'care-level-finder' ), __NAMESPACE__ . '\section_intro', PAGE );
	foreach ( fields() as $key => $field ) {
		$args = array( 'key' => $key );
		if ( 'offers' !== $key && 'mode' !== $key ) {
			$args['label_for'] = 'care-level-finder-' . $key;
		}
		add_settings_field( $key, $field['label'], __NAMESPACE__ . '\field', PAGE, 'clinic', $args );
	}
}

function add_settings_page(): void {
	add_options_page(
		__( 'Care Level Finder', 'care-level-finder' ),
		__( 'Care Level Finder', 'care-level-finder' ),
		'manage_options',
		PAGE,
		__NAMESPACE__ . '\settings_page'
	);
}

/**
 * "Settings" next to "Deactivate" on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function settings_link( $links ): array {
	$link = '<a href="' . esc_url( admin_url( 'options-general.php?page=' . PAGE ) ) . '">' . esc_html__( 'Settings', 'care-level-finder' ) . '</a>';
	return array_merge( array( $link ), (array) $links );
}

/**
 * Checks each field of what the form sent. A field that fails keeps its saved value.
 *
 * WordPress may call this twice on one save (the first time, when the option does not exist
 * yet, update_option hands over to add_option, which sanitizes again); the second call gets
 * the first one's result, and a message is added once.
 *
 * @param mixed $input What the form sent.
 * @return array<string, string>
 */
function sanitize_settings( $input ): array {
	$input   = is_array( $input ) ? $input : array();
	$saved   = settings();
	$result  = array();
	$refused = 0;
	foreach ( fields() as $key => $field ) {
		$checked = check( $key, $input[ $key ] ?? '' );
		if ( 'phone' === $key && '' === $checked['value'] && '' === as_text( $input[ $key ] ?? '' ) ) {
			// No number is allowed (a block or shortcode may give one), but never unnoticed.
			$result[ $key ] = '';
			add_message( $key, $checked['problem'] ?? '', 'warning' );
			continue;
		}
		if ( null === $checked['problem'] ) {
			$result[ $key ] = $checked['value'];
			continue;
		}
		$result[ $key ] = $saved[ $key ];
		$refused       += 1;
		add_message(
			$key,
			sprintf(
				/* translators: 1: what is wrong, e.g. 'Phone "abc" is not a US phone number…', 2: the setting's name. */
				__( '%1$s %2$s was not changed.', 'care-level-finder' ),
				$checked['problem'],
				$field['label']
			),
			'error'
		);
	}
	if ( $refused > 0 && $refused < count( fields() ) ) {
		add_message( 'saved', __( 'The other settings were saved.', 'care-level-finder' ), 'info' );
	}
	return $result;
}

/**
 * A message above the form, escaped here: WordPress prints a settings message as HTML.
 *
 * @param string $key     The field.
 * @param string $message Plain text.
 * @param string $type    error, warning, success or info.
 */
function add_message( string $key, string $message, string $type ): void {
	foreach ( get_settings_errors( OPTION ) as $existing ) {
		if ( ( 'care-level-finder-' . $key ) === $existing['code'] ) {
			return;
		}
	}
	add_settings_error( OPTION, 'care-level-finder-' . $key, esc_html( $message ), $type );
}

function section_intro(): void {
	echo '<p>' . esc_html__( 'What every Care Level Finder block and shortcode on this site shows, unless the block\'s sidebar or the shortcode says otherwise. The widget keeps the answers in the visitor\'s browser: nothing is stored on this site and nothing is sent anywhere.', 'care-level-finder' ) . '</p>';
}

/**
 * One field of the form.
 *
 * @param array{key: string} $args From add_settings_field().
 */
function field( $args ): void {
	$key   = $args['key'];
	$value = settings()[ $key ];
	$name  = OPTION . '[' . $key . ']';
	$id    = 'care-level-finder-' . $key;
	switch ( $key ) {
		case 'phone':
			printf(
				'<input type="tel" id="%1$s" name="%2$s" value="%3$s" class="regular-text" autocomplete="off" aria-describedby="%1$s-help"><p class="description" id="%1$s-help">%4$s</p>',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $value ),
				esc_html__( 'The number the call button dials: 10 digits, optionally after +1, like +1-555-123-4567.', 'care-level-finder' )
			);
			return;
		case 'clinic_name':
		case 'hours':
			$help = 'hours' === $key
				? __( 'Shown under the call button, e.g. "Open every day, 8 am to 10 pm". Optional.', 'care-level-finder' )
				/* translators: %s: "us". */
				: sprintf( __( 'Shown in the copy: "Call Harbor Light Recovery". Without it the widget says "%s".', 'care-level-finder' ), 'us' );
			printf(
				'<input type="text" id="%1$s" name="%2$s" value="%3$s" class="regular-text" aria-describedby="%1$s-help"><p class="description" id="%1$s-help">%4$s</p>',
				esc_attr( $id ),
				esc_attr( $name ),
				esc_attr( $value ),
				esc_html( $help )
			);
			return;
		case 'lang':
			$choices = array(
				''   => __( 'The page\'s language', 'care-level-finder' ),
				'en' => 'English',
				'es' => 'Español',
			);
			printf( '<select id="%1$s" name="%2$s">', esc_attr( $id ), esc_attr( $name ) );
			foreach ( $choices as $choice => $label ) {
				printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $choice ), selected( $value, $choice, false ), esc_html( $label ) );
			}
			echo '</select>';
			return;
		case 'offers':
			$labels = array(
				'residential' => __( 'Residential (living at the treatment center)', 'care-level-finder' ),
				'iop'         => __( 'Intensive outpatient (IOP)', 'care-level-finder' ),
				'outpatient'  => __( 'Outpatient', 'care-level-finder' ),
				'detox'       => __( 'Medical detox (medically supervised withdrawal)', 'care-level-finder' ),
			);
			$offered = '' === $value ? array() : explode( ' ', $value );
			echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Levels offered', 'care-level-finder' ) . '</legend>';
			foreach ( OFFERS as $offer ) {
				printf(
					'<label><input type="checkbox" name="%1$s[]" value="%2$s"%3$s> %4$s</label><br>',
					esc_attr( $name ),
					esc_attr( $offer ),
					checked( in_array( $offer, $offered, true ), true, false ),
					esc_html( $labels[ $offer ] )
				);
			}
			echo '<p class="description">' . esc_html__( 'None checked: the three levels, residential, IOP and outpatient.', 'care-level-finder' ) . '</p></fieldset>';
			return;
		case 'mode':
			$choices = array(
				'inline' => __( 'In the page (inline)', 'care-level-finder' ),
				'popup'  => __( 'A button that opens it in a dialog (popup)', 'care-level-finder' ),
			);
			$current = '' === $value ? 'inline' : $value;
			echo '<fieldset><legend class="screen-reader-text">' . esc_html__( 'Mode', 'care-level-finder' ) . '</legend>';
			foreach ( $choices as $choice => $label ) {
				printf(
					'<label><input type="radio" name="%1$s" value="%2$s"%3$s> %4$s</label><br>',
					esc_attr( $name ),
					esc_attr( $choice ),
					checked( $current, $choice, false ),
					esc_html( $label )
				);
			}
			echo '</fieldset>';
			return;
	}
}

function settings_page(): void {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="options.php" method="post">';
	settings_fields( PAGE );
	do_settings_sections( PAGE );
	submit_button();
	echo '</form>';
	echo '<h2>' . esc_html__( 'On a page', 'care-level-finder' ) . '</h2><p>'
		. esc_html__( 'Add the "Care Level Finder" block, whose sidebar can change these values for that page, or the shortcode:', 'care-level-finder' )
		. '</p><p><code>[care_level_finder phone="+1-555-010-4477" clinic_name="Harbor Light Recovery" hours="Open 24/7" lang="en" offers="iop outpatient" mode="popup"]</code></p></div>';
}
