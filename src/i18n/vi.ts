/**
 * Vietnamese messages: the default language and the source of the message keys. Every visible string
 * of the app comes from here or from en.ts; `{name}` placeholders are filled by `t`.
 */
export const vi = {
  'app.name': 'Điều hành',
  'app.tagline': 'Hệ thống thông tin chỉ đạo, điều hành',
  'app.skipToContent': 'Chuyển đến nội dung chính',
  'app.loading': 'Đang tải…',

  'nav.label': 'Bảng điều hành',
  'nav.overview': 'Tổng quan',
  'nav.socio-economic': 'Kinh tế – xã hội',
  'nav.public-service': 'Dịch vụ công',
  'nav.internal-procedures': 'TTHC nội bộ',
  'nav.tasks': 'Nhiệm vụ',
  'nav.reporting': 'Báo cáo',

  'header.dataTo': 'Số liệu đến {period}',
  'header.updatedAt': 'Cập nhật lúc {time}',
  'header.language': 'Ngôn ngữ',
  'header.theme': 'Giao diện',
  'header.theme.light': 'Sáng',
  'header.theme.dark': 'Tối',
  'header.offline': 'Mất kết nối: đang hiển thị số liệu đã tải lúc {time}',
  'header.stale': 'Chưa cập nhật được số liệu mới: đang hiển thị số liệu lúc {time}',

  'group.socio-economic': 'Kinh tế – xã hội',
  'group.public-service': 'Chất lượng phục vụ người dân, doanh nghiệp',
  'group.internal-procedures': 'Cải cách thủ tục hành chính nội bộ',
  'group.tasks': 'Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao',
  'group.reporting': 'Tình hình gửi báo cáo',

  'status.estimate': 'Ước tính',
  'status.preliminary': 'Sơ bộ',
  'status.official': 'Chính thức',
  'status.missing': 'Chưa có số liệu',
  'missing.late': 'Chậm gửi báo cáo',
  'missing.not-reported': 'Không báo cáo',
  'missing.not-applicable': 'Không áp dụng',
  'missing.not-comparable': 'Không so sánh được',

  'change.up': 'tăng',
  'change.down': 'giảm',
  'change.flat': 'không đổi',
  'change.vsLastYear': 'so với cùng kỳ',
  'change.noComparison': 'Chưa có số liệu cùng kỳ',
  'target.share': '{share} {kind}',
  'target.plan': 'kế hoạch',
  'target.estimate': 'dự toán',
  'target.of': '{kind}: {value}',

  'kpi.region': 'Chỉ tiêu chính',
  'kpi.trend': 'Diễn biến {from} – {to}',

  'overview.title': 'Tổng quan',
  'overview.heading': 'Tổng quan tình hình chỉ đạo, điều hành',

  'error.title': 'Không tải được dữ liệu',
  'error.retry': 'Thử lại',
  'error.network': 'Không kết nối được tới máy chủ số liệu ({endpoint}).',
  'error.timeout': 'Máy chủ số liệu không trả lời kịp ({endpoint}).',
  'error.http': 'Máy chủ số liệu báo lỗi {status} ({endpoint}).',
  'error.invalid-json': 'Máy chủ số liệu trả về dữ liệu không đọc được ({endpoint}).',
  'error.invalid-payload': 'Dữ liệu từ {endpoint} không đúng định dạng: trường {field} {message}.',
  'error.unknown': 'Đã có lỗi không mong muốn.',
  'error.since': 'Lỗi từ {time}.',
  'error.keepsShowing': 'Các phần khác vẫn hoạt động bình thường.',
  'error.notFound.title': 'Không tìm thấy trang',
  'error.notFound.body': 'Đường dẫn này không có trong hệ thống.',
  'error.notFound.home': 'Về trang Tổng quan',

  'empty.noData': 'Chỉ tiêu này chưa có số liệu cho kỳ đã chọn.',
  'empty.showLatest': 'Xem kỳ gần nhất có số liệu ({period})',
} as const;

export type MessageKey = keyof typeof vi;
