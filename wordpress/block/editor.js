/**
 * The Care Level Finder block in the editor: a sidebar that can change the site's defaults for
 * this one page, and a live preview rendered by the server (the same markup visitors get).
 * Plain JavaScript on the editor's globals, with no build step; block.json holds the rest.
 */
( function ( blocks, element, components, blockEditor, apiFetch, i18n ) {
	'use strict';

	var el = element.createElement;
	var __ = i18n.__;
	var editor = window.careLevelFinderEditor || { defaults: {}, settingsUrl: '' };
	var defaults = editor.defaults || {};

	// What a clinic can list in offers (embed.md, second edition), in the widget's order.
	var OFFERS = [
		{ value: 'residential', label: __( 'Residential', 'care-level-finder' ) },
		{ value: 'iop', label: __( 'Intensive outpatient (IOP)', 'care-level-finder' ) },
		{ value: 'outpatient', label: __( 'Outpatient', 'care-level-finder' ) },
		{ value: 'detox', label: __( 'Medical detox', 'care-level-finder' ) },
	];

	function words( text ) {
		return String( text || '' ).toLowerCase().split( /\s+/ ).filter( Boolean );
	}

	function siteValue( value, fallback ) {
		return value ? value : fallback;
	}

	/**
	 * What the server renders for these attributes, as <ServerSideRender> would show it. Written
	 * out because WordPress 6.1's <ServerSideRender> can drop a change: its debounced request is
	 * cancelled by any re-render within half a second (its own, when an earlier request returns),
	 * and the preview then keeps the old values. Here the latest attributes always win.
	 */
	function Preview( props ) {
		var request = JSON.stringify( props.attributes );
		var state = element.useState( { html: null, error: null } );
		var shown = state[ 0 ];
		var setShown = state[ 1 ];
		var first = element.useRef( true );

		element.useEffect(
			function () {
				var current = true;
				var timer = setTimeout(
					function () {
						apiFetch( {
							path: '/wp/v2/block-renderer/care-level-finder/widget?context=edit',
							method: 'POST',
							data: { attributes: JSON.parse( request ) },
						} ).then(
							function ( response ) {
								if ( current ) setShown( { html: response.rendered, error: null } );
							},
							function ( error ) {
								if ( current ) setShown( { html: null, error: ( error && error.message ) || String( error ) } );
							}
						);
					},
					first.current ? 0 : 400
				);
				first.current = false;
				return function () {
					current = false;
					clearTimeout( timer );
				};
			},
			[ request ]
		);

		if ( shown.error !== null ) {
			return el( components.Notice, { status: 'error', isDismissible: false }, shown.error );
		}
		if ( shown.html === null ) {
			return el( components.Placeholder, { label: __( 'Care Level Finder', 'care-level-finder' ) }, el( components.Spinner ) );
		}
		return el( element.RawHTML, null, shown.html );
	}

	function Edit( props ) {
		var attributes = props.attributes;
		var set = props.setAttributes;
		var offered = words( attributes.offers );

		function text( key, label, help, type ) {
			return el( components.TextControl, {
				key: key,
				label: label,
				type: type || 'text',
				value: attributes[ key ],
				placeholder: defaults[ key === 'clinicName' ? 'clinic_name' : key ] || '',
				help: help,
				onChange: function ( value ) {
					var change = {};
					change[ key ] = value;
					set( change );
				},
			} );
		}

		var offerBoxes = OFFERS.map( function ( offer ) {
			return el( components.CheckboxControl, {
				key: offer.value,
				label: offer.label,
				checked: offered.indexOf( offer.value ) !== -1,
				onChange: function ( checked ) {
					var next = OFFERS.map( function ( candidate ) {
						return candidate.value;
					} ).filter( function ( value ) {
						return value === offer.value ? checked : offered.indexOf( value ) !== -1;
					} );
					set( { offers: next.join( ' ' ) } );
				},
			} );
		} );

		var sidebar = el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Clinic', 'care-level-finder' ), initialOpen: true },
				el(
					'p',
					null,
					__( 'Empty fields use the site\'s defaults', 'care-level-finder' ),
					editor.settingsUrl ? ' (' : '',
					editor.settingsUrl
						? el( 'a', { href: editor.settingsUrl }, __( 'Settings → Care Level Finder', 'care-level-finder' ) )
						: null,
					editor.settingsUrl ? ').' : '.'
				),
				text( 'phone', __( 'Phone', 'care-level-finder' ), __( '10 digits, optionally after +1, like +1-555-123-4567.', 'care-level-finder' ), 'tel' ),
				text( 'clinicName', __( 'Clinic name', 'care-level-finder' ) ),
				text( 'hours', __( 'Hours', 'care-level-finder' ), __( 'Shown under the call button.', 'care-level-finder' ) ),
				el( components.SelectControl, {
					label: __( 'Language', 'care-level-finder' ),
					value: attributes.lang,
					options: [
						{ value: '', label: __( 'Site default', 'care-level-finder' ) },
						{ value: 'en', label: 'English' },
						{ value: 'es', label: 'Español' },
					],
					onChange: function ( value ) {
						set( { lang: value } );
					},
				} ),
				el(
					'fieldset',
					{ className: 'components-base-control', style: { border: 0, margin: '0 0 24px', padding: 0 } },
					el(
						'legend',
						{ style: { padding: 0 } },
						el( components.BaseControl.VisualLabel, null, __( 'Levels offered', 'care-level-finder' ) )
					),
					offerBoxes,
					el( 'p', { className: 'components-base-control__help' }, __( 'None checked: the site default.', 'care-level-finder' ) )
				),
				el( components.SelectControl, {
					label: __( 'Mode', 'care-level-finder' ),
					value: attributes.mode,
					options: [
						{
							value: '',
							label: __( 'Site default', 'care-level-finder' ) + ' (' + siteValue( defaults.mode, 'inline' ) + ')',
						},
						{ value: 'inline', label: __( 'In the page (inline)', 'care-level-finder' ) },
						{ value: 'popup', label: __( 'Button that opens a dialog (popup)', 'care-level-finder' ) },
					],
					onChange: function ( value ) {
						set( { mode: value } );
					},
				} )
			)
		);

		return el(
			element.Fragment,
			null,
			sidebar,
			el(
				'div',
				blockEditor.useBlockProps(),
				el( Preview, { attributes: attributes } )
			)
		);
	}

	blocks.registerBlockType( 'care-level-finder/widget', {
		edit: Edit,
		// Dynamic: the server prints the element, so the saved post holds only the attributes.
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.components, window.wp.blockEditor, window.wp.apiFetch, window.wp.i18n );
