import { act, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChunkRetryBoundary, CHUNK_RETRY_MS, isChunkLoadError } from './lazy-chart.tsx';

const CHUNK_ERROR = new TypeError(
  'Failed to fetch dynamically imported module: http://127.0.0.1/assets/build-trend-option-r9QKFEPN.js',
);

describe('a chart whose code failed to load', () => {
  it('knows a failed chunk from any other error', () => {
    expect(isChunkLoadError(CHUNK_ERROR)).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
  });

  it('keeps the placeholder in its box, then draws once the browser is back online', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let online = false;
    const onRetry = vi.fn();
    function Chart() {
      if (!online) throw CHUNK_ERROR;
      return <p>biểu đồ</p>;
    }
    render(
      <ChunkRetryBoundary fallback={<p>đang chờ</p>} onRetry={onRetry}>
        {() => <Chart />}
      </ChunkRetryBoundary>,
    );
    expect(screen.getByText('đang chờ')).toBeTruthy();
    online = true;
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('biểu đồ')).toBeTruthy();
  });

  it('tries again by itself after a while, and passes any other error on', () => {
    vi.useFakeTimers();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let loaded = false;
    function Chart() {
      if (!loaded) throw CHUNK_ERROR;
      return <p>biểu đồ</p>;
    }
    render(
      <ChunkRetryBoundary fallback={<p>đang chờ</p>} onRetry={() => {}}>
        {() => <Chart />}
      </ChunkRetryBoundary>,
    );
    expect(screen.getByText('đang chờ')).toBeTruthy();
    loaded = true;
    act(() => {
      vi.advanceTimersByTime(CHUNK_RETRY_MS);
    });
    expect(screen.getByText('biểu đồ')).toBeTruthy();
    vi.useRealTimers();
    function Broken(): never {
      throw new Error('a bug, not a download');
    }
    expect(() =>
      render(
        <ChunkRetryBoundary fallback={<p>đang chờ</p>} onRetry={() => {}}>
          {() => <Broken />}
        </ChunkRetryBoundary>,
      ),
    ).toThrow('a bug, not a download');
  });
});
