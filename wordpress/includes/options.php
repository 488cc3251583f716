<?php
/**
 * The widget's attributes and how a value is checked: the PHP copy of src/config/options.ts,
 * read the same way (tests/wordpress/options.test.ts runs both on one table of samples).
 *
 * Pure PHP on purpose: no WordPress function but __(), so that the test can run it alone.
 * A check never throws: it gives the value to write into the element, or a sentence that
 * names the field and what is wrong with it. Where the widget would only warn and carry on
 * (text too long, an unknown language, an unknown word in offers, an unknown mode), the
 * plugin refuses the value instead, so that what a clinic saves is what its visitors get.
 *
 * @package CareLevelFinder
 */

namespace CareLevelFinder;

if ( ! defined( 'ABSPATH' ) && ! defined( 'CARE_LEVEL_FINDER_STANDALONE' ) ) {
	exit;
}

/** The longest clinic name or hours the widget shows in full (UTF-16 code units, as in JS). */
const MAX_TEXT_LENGTH = 120;

/** The languages of the widget. */
const LANGS = array( 'en', 'es' );

/** What a clinic can list in `offers`, in the widget's order (embed.md, second edition). */
const OFFERS = array( 'residential', 'iop', 'outpatient', 'detox' );

/** The levels a widget offers when `offers` is empty: every level, not detox. */
const DEFAULT_OFFERS = array( 'residential', 'iop', 'outpatient' );

const MODES = array( 'inline', 'popup' );

/**
 * JavaScript's \s: what the widget collapses and trims (String.prototype.trim and /\s/ use the
 * same set). Written out because PCRE's \s, even with the u flag, is ASCII only.
 */
const JS_SPACE = '\t\n\x{0B}\f\r \x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}\x{FEFF}';

/**
 * Each setting: the element's attribute, the block attribute and the shortcode attribute.
 *
 * @return array<string, array{attribute: string, block: string, label: string}>
 */
function fields(): array {
	return array(
		'phone'       => array(
			'attribute' => 'phone',
			'block'     => 'phone',
			'label'     => __( 'Phone', 'care-level-finder' ),
		),
		'clinic_name' => array(
			'attribute' => 'clinic-name',
			'block'     => 'clinicName',
			'label'     => __( 'Clinic name', 'care-level-finder' ),
		),
		'hours'       => array(
			'attribute' => 'hours',
			'block'     => 'hours',
			'label'     => __( 'Hours', 'care-level-finder' ),
		),
		'lang'        => array(
			'attribute' => 'lang',
			'block'     => 'lang',
			'label'     => __( 'Language', 'care-level-finder' ),
		),
		'offers'      => array(
			'attribute' => 'offers',
			'block'     => 'offers',
			'label'     => __( 'Levels offered', 'care-level-finder' ),
		),
		'mode'        => array(
			'attribute' => 'mode',
			'block'     => 'mode',
			'label'     => __( 'Mode', 'care-level-finder' ),
		),
	);
}

/**
 * Trimmed text with runs of whitespace collapsed, as the widget reads an attribute; '' when
 * nothing is left, null when the bytes are not UTF-8 (no browser attribute can hold those).
 *
 * @param mixed $raw What was typed.
 */
function as_text( $raw ): ?string {
	if ( ! is_string( $raw ) ) {
		return '';
	}
	if ( '' !== $raw && 1 !== preg_match( '//u', $raw ) ) {
		return null;
	}
	$collapsed = preg_replace( '/[' . JS_SPACE . ']+/u', ' ', $raw );
	return trim( (string) $collapsed, ' ' );
}

/**
 * The length JavaScript gives a string: UTF-16 code units, so a character beyond the Basic
 * Multilingual Plane (most emoji) counts twice. Needs neither mbstring nor iconv.
 *
 * @param string $text Valid UTF-8.
 */
function js_length( string $text ): int {
	$code_points = (int) preg_match_all( '/./us', $text );
	$astral      = (int) preg_match_all( '/[\x{10000}-\x{10FFFF}]/u', $text );
	return $code_points + $astral;
}

/**
 * A checked value: what to write into the element, or what is wrong.
 *
 * @param string      $value   The value to use ('' for the widget's default).
 * @param string|null $problem A sentence naming the field and the value, or null.
 * @return array{value: string, problem: string|null}
 */
function verdict( string $value, ?string $problem = null ): array {
	return array(
		'value'   => $value,
		'problem' => $problem,
	);
}

/**
 * The same value shown inside a message: quoted, and cut short when it is long.
 *
 * @param string $text Valid UTF-8.
 */
function quote( string $text ): string {
	if ( js_length( $text ) > 60 ) {
		preg_match( '/^.{0,57}/us', $text, $start );
		$text = $start[0] . '…';
	}
	return '"' . $text . '"';
}

/**
 * Checks one field. An empty value is no problem (the default applies) except for the phone,
 * which the widget needs for its call button.
 *
 * @param string $key One of the keys of fields().
 * @param mixed  $raw What was typed or sent; a list for offers is read as words.
 * @return array{value: string, problem: string|null}
 */
function check( string $key, $raw ): array {
	if ( 'offers' === $key && is_array( $raw ) ) {
		$raw = implode( ' ', array_filter( $raw, 'is_string' ) );
	}
	$text = as_text( $raw );
	if ( null === $text ) {
		/* translators: %s: the name of a setting, e.g. "Clinic name". */
		return verdict( '', sprintf( __( '%s is not valid text (it is not UTF-8).', 'care-level-finder' ), fields()[ $key ]['label'] ?? $key ) );
	}
	switch ( $key ) {
		case 'phone':
			return check_phone( $text );
		case 'clinic_name':
		case 'hours':
			return check_text( $key, $text );
		case 'lang':
			return check_lang( $text );
		case 'offers':
			return check_offers( $text );
		case 'mode':
			return check_mode( $text );
	}
	/* translators: %s: a setting's key. */
	return verdict( '', sprintf( __( '"%s" is not a setting of the widget.', 'care-level-finder' ), $key ) );
}

/**
 * 10 digits, optionally after +1 or 1, with any of ( ) - . and spaces between them.
 *
 * @param string $text Collapsed and trimmed.
 * @return array{value: string, problem: string|null}
 */
function check_phone( string $text ): array {
	if ( '' === $text ) {
		return verdict( '', __( 'Phone is missing: without the clinic\'s number, the result shows the SAMHSA National Helpline instead of a call button.', 'care-level-finder' ) );
	}
	if ( 1 !== preg_match( '/^(?:\+1|1)?\d{10}$/', (string) preg_replace( '/[' . JS_SPACE . '().-]/u', '', $text ) ) ) {
		return verdict(
			'',
			sprintf(
				/* translators: %s: the phone number as typed, in quotes. */
				__( 'Phone %s is not a US phone number: use 10 digits, optionally after +1, like +1-555-123-4567.', 'care-level-finder' ),
				quote( $text )
			)
		);
	}
	return verdict( $text );
}

/**
 * Free text (clinic name, hours): shown by the widget as text, never as markup.
 *
 * @param string $key  clinic_name or hours.
 * @param string $text Collapsed and trimmed.
 * @return array{value: string, problem: string|null}
 */
function check_text( string $key, string $text ): array {
	$length = js_length( $text );
	if ( $length > MAX_TEXT_LENGTH ) {
		return verdict(
			'',
			sprintf(
				/* translators: 1: "Clinic name" or "Hours", 2: its length, 3: the longest allowed. */
				__( '%1$s is %2$d characters long; the widget shows at most %3$d.', 'care-level-finder' ),
				fields()[ $key ]['label'],
				$length,
				MAX_TEXT_LENGTH
			)
		);
	}
	return verdict( $text );
}

/**
 * A language tag whose first part is one of the widget's languages ("es", "es-MX").
 *
 * @param string $text Collapsed and trimmed.
 * @return array{value: string, problem: string|null}
 */
function check_lang( string $text ): array {
	if ( '' === $text ) {
		return verdict( '' );
	}
	$primary = explode( '-', strtolower( $text ) )[0];
	if ( in_array( $primary, LANGS, true ) ) {
		return verdict( $primary );
	}
	return verdict(
		'',
		sprintf(
			/* translators: 1: the value as typed, in quotes, 2: the languages, e.g. "en, es". */
			__( 'Language %1$s is not a language of the widget (%2$s).', 'care-level-finder' ),
			quote( $text ),
			implode( ', ', LANGS )
		)
	);
}

/**
 * Space-separated words from OFFERS, in any order and case; written back in the widget's order.
 *
 * @param string $text Collapsed and trimmed.
 * @return array{value: string, problem: string|null}
 */
function check_offers( string $text ): array {
	if ( '' === $text ) {
		return verdict( '' );
	}
	$words   = explode( ' ', strtolower( $text ) );
	$unknown = array_values( array_unique( array_diff( $words, OFFERS ) ) );
	if ( count( $unknown ) > 0 ) {
		return verdict(
			'',
			sprintf(
				/* translators: 1: the unknown words, each in quotes, 2: the known words. */
				_n(
					'Levels offered: %1$s is not one of %2$s.',
					'Levels offered: %1$s are not among %2$s.',
					count( $unknown ),
					'care-level-finder'
				),
				implode( ', ', array_map( __NAMESPACE__ . '\quote', $unknown ) ),
				implode( ' ', OFFERS )
			)
		);
	}
	return verdict( implode( ' ', array_values( array_intersect( OFFERS, $words ) ) ) );
}

/**
 * Inline (the screening in the page) or popup (a button that opens it in a dialog).
 *
 * @param string $text Collapsed and trimmed.
 * @return array{value: string, problem: string|null}
 */
function check_mode( string $text ): array {
	$mode = strtolower( $text );
	if ( '' === $mode || in_array( $mode, MODES, true ) ) {
		return verdict( $mode );
	}
	return verdict(
		'',
		sprintf(
			/* translators: %s: the value as typed, in quotes. */
			__( 'Mode %s is not "inline" or "popup".', 'care-level-finder' ),
			quote( $text )
		)
	);
}
