import { Component } from 'preact';
import { App, type AppProps } from './App';
import { Fallback } from './Fallback';

export interface SafeAppProps extends AppProps {
  /** Set by the session when the machine itself failed. */
  readonly failed: boolean;
}

interface SafeAppState {
  readonly crashed: boolean;
}

/**
 * The error boundary around the whole UI. An error while rendering or in an effect stops
 * here, shows the fallback, and never reaches the host page's window.onerror.
 */
export class SafeApp extends Component<SafeAppProps, SafeAppState> {
  override state: SafeAppState = { crashed: false };

  override componentDidCatch(): void {
    this.setState({ crashed: true });
  }

  override render() {
    const { failed, ...app } = this.props;
    if (this.state.crashed || failed) return <Fallback settings={app.settings} />;
    return <App {...app} />;
  }
}
