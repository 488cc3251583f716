import { Popup } from './Popup';
import { SafeApp, type SafeAppProps } from './SafeApp';

/** What mount() renders: the screening inline, or behind the popup launcher. */
export function Root(props: SafeAppProps) {
  const { mode, copy, lang } = props.settings;
  if (mode === 'inline') return <SafeApp {...props} />;
  return (
    <Popup copy={copy} lang={lang}>
      <SafeApp {...props} focusFirstScreen />
    </Popup>
  );
}
