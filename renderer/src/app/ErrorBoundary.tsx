import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

type Props = { name: string; children: ReactNode };
type State = { error: Error | null };

/**
 * Keeps one broken region from blanking the whole console: the board can fail while the queue
 * and the banners keep working. Offers a retry, which re-mounts the region.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`The ${this.props.name} failed to render`, error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="panel region-error" role="alert">
        <p>
          The {this.props.name} could not be shown: {this.state.error.message}
        </p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
