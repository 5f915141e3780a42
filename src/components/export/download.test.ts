// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadBlob, downloadDataUrl } from './download.ts';

describe('download', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('clicks a temporary link with the file name and removes it', () => {
    const clicked: { href: string; download: string; attached: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, attached: document.body.contains(this) });
    });
    downloadDataUrl('data:image/png;base64,AAAA', 'dieu-hanh_xu-huong.png');
    expect(clicked).toEqual([
      { href: 'data:image/png;base64,AAAA', download: 'dieu-hanh_xu-huong.png', attached: true },
    ]);
    expect(document.querySelectorAll('a')).toHaveLength(0);
  });

  it('revokes the object URL after the download has started', () => {
    vi.useFakeTimers();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const create = vi.fn(() => 'blob:test');
    const revoke = vi.fn();
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: revoke });
    downloadBlob(new Blob(['a,b\r\n']), 'x.csv');
    expect(create).toHaveBeenCalledOnce();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:test');
  });
});
