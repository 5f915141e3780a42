import type { ConfigProblem } from './config.ts';

/**
 * Shown instead of the app when config.json is missing or wrong. It cannot use the message files'
 * locale (the locale is in the broken file), so it says everything in Vietnamese and in English.
 */
export function ConfigErrorPage({ problems }: { problems: readonly ConfigProblem[] }) {
  return (
    <main className="config-error" lang="vi">
      <h1>Không khởi động được: cấu hình không hợp lệ</h1>
      <p>
        Tệp <code>config.json</code> có lỗi. Quản trị hệ thống cần sửa các trường dưới đây rồi tải lại trang.
      </p>
      <ul>
        {problems.map((p) => (
          <li key={`vi-${p.field}-${p.vi}`}>
            {p.field ? (
              <>
                Trường <code>{p.field}</code>: {p.vi}
              </>
            ) : (
              p.vi
            )}
          </li>
        ))}
      </ul>
      <div lang="en">
        <h2>Cannot start: invalid configuration</h2>
        <p>
          The file <code>config.json</code> has errors. An administrator must fix the fields below and reload.
        </p>
        <ul>
          {problems.map((p) => (
            <li key={`en-${p.field}-${p.en}`}>
              {p.field ? (
                <>
                  Field <code>{p.field}</code>: {p.en}
                </>
              ) : (
                p.en
              )}
            </li>
          ))}
        </ul>
      </div>
    </main>
  );
}
