import { Button, Result } from 'antd';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/locale-context';
import { commonMessages } from './messages';

function CrashNotice() {
  const t = useT(commonMessages);
  return (
    <Result
      status="error"
      title={t('crashed')}
      subTitle={t('crashedHint')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('reload')}
        </Button>
      }
    />
  );
}

/**
 * Keeps a failing page (a render bug, or a page chunk that failed to download after a deploy) from
 * blanking the whole application. `resetKey` clears the error when the user navigates elsewhere.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: string },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    if (this.state.error && previous.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.error ? <CrashNotice /> : this.props.children;
  }
}
