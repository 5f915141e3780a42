/**
 * The wall's messages (`kiosk.*`) in both languages, loaded with its page's chunk (`loadMessageArea` in
 * i18n.tsx) so that the first load of the boards does not carry them. Keys the shell shows on every page (the
 * header's "add to the deck") stay in vi.ts and en.ts.
 */
export const vi = {
  'kiosk.position': '{n}/{total}',
  'kiosk.progress': 'Thời gian còn lại của trang này',
  'kiosk.refreshedAt': 'Làm mới lúc {time}',
  'kiosk.offline': 'Mất kết nối tới máy chủ số liệu',
  'kiosk.stale': 'Số liệu chưa được làm mới',
  'kiosk.paused': '❚❚ Tạm dừng',
  'kiosk.slideFailed': 'Không hiển thị được trang này; trang sau sẽ tiếp tục.',
  'kiosk.wallFailed': 'Màn hình gặp lỗi và sẽ tự tải lại sau khoảng nửa phút.',
  'kiosk.slideMissing': 'Địa chỉ này không phải là một trang của hệ thống.',
  'kiosk.problem.view': 'Bỏ qua trang không hợp lệ trong địa chỉ: {value}.',
  'kiosk.problem.dwell': 'Thời gian hiển thị “{value}” không dùng được: dùng thời gian đã cấu hình.',
  'kiosk.problem.at': 'Vị trí “{value}” không hợp lệ: bắt đầu từ trang đầu.',
  'kiosk.problem.reloadEvery': 'Số vòng “{value}” không hợp lệ: dùng số vòng đã cấu hình.',
} as const;

/** The same keys in English; the type makes a missing or extra key a compile error. */
export const en: Record<keyof typeof vi, string> = {
  'kiosk.position': '{n}/{total}',
  'kiosk.progress': 'Time left on this view',
  'kiosk.refreshedAt': 'Refreshed at {time}',
  'kiosk.offline': 'Data server unreachable',
  'kiosk.stale': 'Figures not refreshed',
  'kiosk.paused': '❚❚ Paused',
  'kiosk.slideFailed': 'This view could not be shown; the next one follows.',
  'kiosk.wallFailed': 'The wall ran into an error and will reload itself in about half a minute.',
  'kiosk.slideMissing': 'This address is not a view of the dashboard.',
  'kiosk.problem.view': 'Skipped an invalid view in the address: {value}.',
  'kiosk.problem.dwell': 'Dwell time “{value}” cannot be used: using the configured times.',
  'kiosk.problem.at': 'Position “{value}” is invalid: starting from the first view.',
  'kiosk.problem.reloadEvery': 'Loop count “{value}” is invalid: using the configured count.',
};
