import { Component, type ReactNode } from 'react';

type Props = { fallback: (retry: () => void) => ReactNode; children: ReactNode };
type State = { hasError: boolean };

// One per page: a crash in one section leaves the sidebar and the other sections usable.
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { hasError: false };

  static getDerivedStateFromError(): State {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error(error);
  }

  override render(): ReactNode {
    if (this.state.hasError) return this.props.fallback(() => this.setState({ hasError: false }));
    return this.props.children;
  }
}
