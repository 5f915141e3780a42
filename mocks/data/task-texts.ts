/**
 * The wording of synthetic tasks: phrases the Government Office's directives use ("Chủ trì, phối hợp…",
 * "Đẩy nhanh tiến độ…", "báo cáo Thủ tướng Chính phủ trước ngày…"), by the assignee's kind, its field
 * (for ministries) and the directive kind, with the seasons that bring storms and Tết. Synthetic text,
 * not quotations of real directives.
 */
import type { DirectiveKind } from '../../src/domain/tasks.ts';
import type { Scope } from '../../src/domain/units.ts';
import type { Rng } from './random.ts';

/** The fields each former ministry works in (the 22: a 17-era body keeps its parts' fields). */
const MINISTRY_FIELDS: Readonly<Record<string, readonly string[]>> = {
  QP: ['phòng thủ dân sự', 'tìm kiếm, cứu nạn', 'quốc phòng kết hợp với kinh tế'],
  CA: ['dữ liệu dân cư, định danh và xác thực điện tử', 'bảo đảm an ninh, trật tự', 'phòng cháy, chữa cháy'],
  NG: ['ngoại giao kinh tế', 'bảo hộ công dân', 'hội nhập quốc tế'],
  NV: [
    'sắp xếp tổ chức bộ máy',
    'tinh giản biên chế',
    'cải cách chính sách tiền lương',
    'thi đua, khen thưởng',
  ],
  TP: [
    'xây dựng và thi hành pháp luật',
    'rà soát, hệ thống hóa văn bản quy phạm pháp luật',
    'thi hành án dân sự',
  ],
  KHDT: [
    'kế hoạch đầu tư công trung hạn',
    'thu hút đầu tư nước ngoài',
    'đăng ký doanh nghiệp',
    'quy hoạch vùng',
  ],
  TC: [
    'quản lý giá',
    'thuế, phí và lệ phí',
    'quản lý nợ công',
    'thị trường chứng khoán',
    'thu ngân sách nhà nước',
  ],
  CT: ['xuất khẩu hàng hóa', 'cung ứng điện', 'bảo đảm nguồn cung xăng dầu', 'phòng vệ thương mại'],
  NNPTNT: [
    'phòng, chống thiên tai',
    'chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU)',
    'xuất khẩu nông, lâm, thủy sản',
    'phòng, chống dịch bệnh động vật',
  ],
  GTVT: ['đường bộ cao tốc Bắc – Nam', 'đường sắt tốc độ cao', 'cảng hàng không', 'đăng kiểm phương tiện'],
  XD: ['nhà ở xã hội', 'thị trường bất động sản', 'vật liệu xây dựng', 'quy hoạch đô thị'],
  TNMT: ['đất đai', 'khoáng sản làm vật liệu xây dựng thông thường', 'bảo vệ môi trường', 'tài nguyên nước'],
  TTTT: ['chuyển đổi số quốc gia', 'an toàn thông tin mạng', 'báo chí, xuất bản'],
  LDTBXH: ['giáo dục nghề nghiệp', 'an sinh xã hội', 'bảo hiểm thất nghiệp', 'chính sách người có công'],
  VHTTDL: ['phát triển du lịch', 'bảo tồn và phát huy giá trị di sản văn hóa', 'thể thao thành tích cao'],
  KHCN: ['khoa học, công nghệ và đổi mới sáng tạo', 'tiêu chuẩn, đo lường, chất lượng', 'sở hữu trí tuệ'],
  GDDT: ['chương trình giáo dục phổ thông', 'kỳ thi tốt nghiệp trung học phổ thông', 'tự chủ đại học'],
  YT: ['cung ứng thuốc, thiết bị y tế', 'khám bệnh, chữa bệnh bảo hiểm y tế', 'phòng, chống dịch bệnh'],
  UBDT: [
    'chương trình phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số và miền núi',
    'chính sách dân tộc',
  ],
  NHNN: ['tăng trưởng tín dụng', 'điều hành lãi suất, tỷ giá', 'cơ cấu lại các tổ chức tín dụng'],
  TTCP: ['giải quyết khiếu nại, tố cáo', 'thanh tra chuyên đề', 'phòng, chống tham nhũng, tiêu cực'],
  VPCP: ['cải cách thủ tục hành chính', 'Cổng Dịch vụ công quốc gia', 'Hệ thống thông tin báo cáo quốc gia'],
};

const MINISTRY_TEMPLATES: readonly string[] = [
  'Chủ trì, phối hợp với các bộ, cơ quan liên quan hoàn thiện dự thảo Nghị định về {field}, trình Chính phủ',
  'Rà soát, sửa đổi, bổ sung các thông tư hướng dẫn về {field} còn chồng chéo, vướng mắc',
  'Báo cáo Thủ tướng Chính phủ kết quả thực hiện nhiệm vụ về {field} {span}',
  'Tiếp thu ý kiến thành viên Chính phủ, hoàn thiện Đề án về {field}',
  'Kiểm tra, hướng dẫn các địa phương tháo gỡ khó khăn, vướng mắc về {field}',
  'Đẩy nhanh tiến độ giải ngân vốn đầu tư công năm {year} của các dự án thuộc phạm vi quản lý',
  'Rà soát, đề xuất phương án cắt giảm, đơn giản hóa thủ tục hành chính nội bộ thuộc phạm vi quản lý',
  'Cung cấp dịch vụ công trực tuyến toàn trình về {field} trên Cổng Dịch vụ công quốc gia',
  'Xử lý kiến nghị của hiệp hội, doanh nghiệp về {field}, trả lời bằng văn bản',
  'Kết nối, chia sẻ dữ liệu về {field} với Hệ thống thông tin báo cáo quốc gia',
  'Chuẩn bị nội dung về {field} phục vụ Phiên họp Chính phủ thường kỳ',
  'Tổng kết việc thi hành pháp luật về {field}, đề xuất sửa đổi, bổ sung',
  'Xây dựng kế hoạch triển khai Nghị quyết của Chính phủ về {field}',
  'Đánh giá tác động của tình hình thế giới đến {field}, đề xuất giải pháp ứng phó',
];

const PROVINCE_TEMPLATES: readonly string[] = [
  'Đẩy nhanh công tác bồi thường, hỗ trợ, tái định cư, bàn giao mặt bằng cho các dự án trọng điểm trên địa bàn',
  'Tập trung giải ngân vốn đầu tư công năm {year}, phấn đấu giải ngân 100% kế hoạch được giao',
  'Rà soát, phân loại, tháo gỡ khó khăn cho các dự án tồn đọng, kéo dài trên địa bàn',
  'Hoàn thành mục tiêu xóa nhà tạm, nhà dột nát trên địa bàn',
  'Triển khai xây dựng nhà ở xã hội, bảo đảm hoàn thành chỉ tiêu được giao năm {year}',
  'Cập nhật, công khai đầy đủ, kịp thời thủ tục hành chính và tình hình giải quyết hồ sơ trên Cổng Dịch vụ công quốc gia',
  'Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại Trung tâm Phục vụ hành chính công',
  'Tăng cường kiểm tra, xử lý nghiêm việc khai thác cát, sỏi lòng sông trái phép',
  'Giải quyết dứt điểm các vụ việc khiếu nại, tố cáo đông người, phức tạp, kéo dài',
  'Kiểm tra, xử lý các dự án chậm triển khai, vi phạm pháp luật về đất đai',
  'Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới {span}',
  'Phối hợp với các bộ, ngành tháo gỡ vướng mắc về nguồn vật liệu cho các dự án đường bộ cao tốc qua địa bàn',
  'Triển khai các giải pháp nâng cao Chỉ số phục vụ người dân, doanh nghiệp theo Quyết định 766/QĐ-TTg',
  'Rà soát, cắt giảm, đơn giản hóa thủ tục hành chính nội bộ thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh',
  'Thực hiện đồng bộ các giải pháp thúc đẩy tăng trưởng, phấn đấu đạt mục tiêu tăng trưởng GRDP năm {year}',
  'Tháo gỡ vướng mắc cho nhà đầu tư hạ tầng các khu công nghiệp trên địa bàn',
];

/** Tasks of the reform of the apparatus, from its announcement to the two-tier local government. */
const PROVINCE_2025_FIRST_HALF = 'Hoàn thành sắp xếp đơn vị hành chính cấp xã, trình cấp có thẩm quyền';
const PROVINCE_TWO_TIER =
  'Kiện toàn tổ chức bộ máy, bảo đảm chính quyền địa phương hai cấp vận hành thông suốt';
const MINISTRY_2025 =
  'Rà soát văn bản quy phạm pháp luật thuộc phạm vi quản lý, xử lý vướng mắc phát sinh do sắp xếp tổ chức bộ máy';

/** Công điện: what the Prime Minister telegraphs about, by season. */
function dispatchText(rng: Rng, month: number): string {
  const storm = (): string => {
    const first = Math.max(1, month * 2 - 13);
    return `Chủ động ứng phó với bão số ${rng.int(first, first + 2)}, bảo đảm an toàn tính mạng, tài sản của Nhân dân`;
  };
  const seasonal: string[] = [];
  if (month >= 7 && month <= 11) {
    seasonal.push(storm(), 'Khắc phục hậu quả mưa lũ, sạt lở đất, sớm ổn định đời sống Nhân dân');
  }
  if (month === 12 || month <= 2) {
    seasonal.push('Bảo đảm trật tự, an toàn giao thông, phục vụ Nhân dân đón Tết Nguyên đán an toàn');
    seasonal.push(
      'Bảo đảm cung ứng hàng hóa thiết yếu, bình ổn giá cả thị trường dịp cuối năm và Tết Nguyên đán',
    );
  }
  if (month >= 2 && month <= 5) {
    seasonal.push('Chủ động phòng, chống hạn hán, xâm nhập mặn, bảo đảm nước sinh hoạt cho Nhân dân');
  }
  const always = [
    'Tăng cường phòng, chống dịch bệnh, không để dịch lây lan diện rộng',
    'Chấn chỉnh, tăng cường kỷ luật, kỷ cương hành chính trong thực thi công vụ',
    'Tập trung tháo gỡ khó khăn, thúc đẩy sản xuất kinh doanh và xuất khẩu',
  ];
  const pool = seasonal.length > 0 && rng.chance(0.75) ? seasonal : always;
  return pool[rng.int(0, pool.length - 1)] ?? always[0] ?? '';
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** "quý III/2026", "6 tháng đầu năm 2026", "năm 2026": what a report covers, from the month it is asked. */
function span(rng: Rng, year: number, month: number): string {
  const choice = rng.int(0, 2);
  if (choice === 0) return `quý ${ROMAN[Math.ceil(month / 3) - 1] ?? 'I'}/${year}`;
  if (choice === 1) return month <= 6 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
  return `năm ${year}`;
}

export interface TaskTextInput {
  readonly scope: Scope;
  /** The latent (former) code: a ministry of the 22 or a province of the 63. */
  readonly code: string;
  readonly year: number;
  readonly month: number;
  readonly kind: DirectiveKind;
}

/** The body of a task, without its deadline clause. */
export function taskText(rng: Rng, input: TaskTextInput): string {
  const { scope, code, year, month, kind } = input;
  if (kind === 'dispatch') return dispatchText(rng, month);
  const reform2025 = year === 2025 && rng.chance(0.12);
  if (scope === 'province') {
    if (reform2025) return month <= 6 ? PROVINCE_2025_FIRST_HALF : PROVINCE_TWO_TIER;
    if (year === 2026 && rng.chance(0.05)) return PROVINCE_TWO_TIER;
    const template = PROVINCE_TEMPLATES[rng.int(0, PROVINCE_TEMPLATES.length - 1)] ?? '';
    return fill(template, { year: String(year), span: span(rng, year, month) });
  }
  if (reform2025) return MINISTRY_2025;
  const fields = MINISTRY_FIELDS[code] ?? ['lĩnh vực được giao'];
  const template = MINISTRY_TEMPLATES[rng.int(0, MINISTRY_TEMPLATES.length - 1)] ?? '';
  return fill(template, {
    year: String(year),
    field: fields[rng.int(0, fields.length - 1)] ?? '',
    span: span(rng, year, month),
  });
}

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
}

/** Vietnamese names of the directive kinds, for the feed's own search. */
export const DIRECTIVE_KIND_NAMES: Readonly<Record<DirectiveKind, string>> = {
  resolution: 'Nghị quyết',
  decision: 'Quyết định',
  directive: 'Chỉ thị',
  dispatch: 'Công điện',
  notice: 'Thông báo',
  letter: 'Công văn',
};
