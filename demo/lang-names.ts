// Each language of the widget by its own name, as the demo pages' language menus show it.
// Typed by the copy's languages, so a new language without a name fails the build.

import type { Lang } from '../src/copy';

export const LANG_NAMES: { readonly [L in Lang]: string } = { en: 'English', es: 'Español' };
