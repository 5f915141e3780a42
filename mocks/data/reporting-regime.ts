/**
 * The periodic reports of the reporting regime (Nghị định 09/2019/NĐ-CP and the regimes built on it)
 * and, for each agency and month, what became of the reports it owed: sent on time, late, or not yet.
 * Built on the latent model's counts per former agency and month (./model.ts: reports-required,
 * reports-on-time, reports-late, reports-not-submitted), so the submissions add up to the `/reporting`
 * summaries exactly.
 *
 * The catalogue is synthetic: real report names and legal bases of the kind the Government's regime
 * holds, not the official list. Each former agency owes a handful of monthly reports, a few quarterly,
 * one half-yearly and one or two annual ones (the latent model's counts); the former agencies merged
 * into one current unit owe different reports of each kind, so the current unit never owes one twice.
 */
import { addDays, dayNumber } from '../../src/domain/calendar.ts';
import { monthPeriod, periodEnd, type Period } from '../../src/domain/period.ts';
import { registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import type { IsoDate, LocalizedText, Scope } from '../../src/domain/units.ts';
import { INTERNAL_SERIES, latentCodes, type LatentModel } from './model.ts';
import { Rng } from './random.ts';

export type ReportFrequency = 'month' | 'quarter' | 'half-year' | 'year';

export interface ReportRegime {
  readonly id: string;
  readonly name: LocalizedText;
  readonly frequency: ReportFrequency;
  /** Day of the period's last month by which the report is due. */
  readonly deadlineDay: number;
  readonly deadlineRule: LocalizedText;
  readonly legalBasis: LocalizedText;
  readonly issuer: LocalizedText;
}

const GOV = { vi: 'Chính phủ', en: 'The Government' };
const PM = { vi: 'Thủ tướng Chính phủ', en: 'The Prime Minister' };
const VPCP = { vi: 'Văn phòng Chính phủ', en: 'Government Office' };
const MOF = { vi: 'Bộ Tài chính', en: 'Ministry of Finance' };
const MOHA = { vi: 'Bộ Nội vụ', en: 'Ministry of Home Affairs' };
const MOJ = { vi: 'Bộ Tư pháp', en: 'Ministry of Justice' };
const MPS = { vi: 'Bộ Công an', en: 'Ministry of Public Security' };
const MAE = { vi: 'Bộ Nông nghiệp và Môi trường', en: 'Ministry of Agriculture and Environment' };
const GI = { vi: 'Thanh tra Chính phủ', en: 'Government Inspectorate' };
const D09 = { vi: 'Nghị định 09/2019/NĐ-CP', en: 'Decree 09/2019/NĐ-CP' };

function basis(vi: string, en: string): LocalizedText {
  return { vi: `Nghị định 09/2019/NĐ-CP; ${vi}`, en: `Decree 09/2019/NĐ-CP; ${en}` };
}

function rule(frequency: ReportFrequency, day: number): LocalizedText {
  switch (frequency) {
    case 'month':
      return { vi: `Trước ngày ${day} hằng tháng`, en: `By the ${ordinal(day)} of each month` };
    case 'quarter':
      return {
        vi: `Trước ngày ${day} của tháng cuối quý`,
        en: `By the ${ordinal(day)} of the last month of the quarter`,
      };
    case 'half-year':
      return { vi: `Trước ngày ${day}/6 và ${day}/12`, en: `By ${day} June and ${day} December` };
    case 'year':
      return { vi: `Trước ngày ${day}/12`, en: `By ${day} December` };
  }
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n !== 11
      ? 'st'
      : n % 10 === 2 && n !== 12
        ? 'nd'
        : n % 10 === 3 && n !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}

function regime(
  id: string,
  frequency: ReportFrequency,
  deadlineDay: number,
  name: LocalizedText,
  legalBasis: LocalizedText,
  issuer: LocalizedText,
): ReportRegime {
  return { id, name, frequency, deadlineDay, deadlineRule: rule(frequency, deadlineDay), legalBasis, issuer };
}

/** The catalogue, by frequency; large enough that three merged provinces owe distinct reports. */
export const REPORT_REGIMES: readonly ReportRegime[] = [
  // Hằng tháng
  regime(
    'ktxh-thang',
    'month',
    18,
    { vi: 'Báo cáo tình hình kinh tế – xã hội', en: 'Socio-economic situation' },
    D09,
    GOV,
  ),
  regime(
    'nhiem-vu-cp-ttg',
    'month',
    20,
    {
      vi: 'Báo cáo tình hình thực hiện nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao',
      en: 'Tasks assigned by the Government and the Prime Minister',
    },
    basis(
      'Nghị định 39/2022/NĐ-CP (Quy chế làm việc của Chính phủ)',
      'Decree 39/2022/NĐ-CP (Government working rules)',
    ),
    GOV,
  ),
  regime(
    'giai-ngan-dtc',
    'month',
    15,
    { vi: 'Báo cáo tình hình giải ngân vốn đầu tư công', en: 'Public investment disbursement' },
    basis('Luật Đầu tư công 2019', 'Law on Public Investment 2019'),
    PM,
  ),
  regime(
    'thu-chi-nsnn',
    'month',
    15,
    { vi: 'Báo cáo tình hình thu, chi ngân sách nhà nước', en: 'State budget revenue and expenditure' },
    basis('Luật Ngân sách nhà nước 2015', 'State Budget Law 2015'),
    MOF,
  ),
  regime(
    'giai-quyet-tthc',
    'month',
    18,
    {
      vi: 'Báo cáo tình hình, kết quả giải quyết thủ tục hành chính',
      en: 'Handling of administrative procedures',
    },
    basis('Nghị định 61/2018/NĐ-CP', 'Decree 61/2018/NĐ-CP'),
    VPCP,
  ),
  regime(
    'chi-so-766',
    'month',
    10,
    {
      vi: 'Báo cáo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp',
      en: 'Service quality index for citizens and businesses',
    },
    basis('Quyết định 766/QĐ-TTg', 'Decision 766/QĐ-TTg'),
    VPCP,
  ),
  regime(
    'dvc-truc-tuyen',
    'month',
    18,
    { vi: 'Báo cáo tình hình cung cấp dịch vụ công trực tuyến', en: 'Online public services provided' },
    basis('Nghị định 42/2022/NĐ-CP', 'Decree 42/2022/NĐ-CP'),
    VPCP,
  ),
  regime(
    'de-an-06',
    'month',
    20,
    {
      vi: 'Báo cáo tình hình triển khai Đề án 06 (dữ liệu dân cư, định danh và xác thực điện tử)',
      en: 'Project 06 (population data, electronic identification)',
    },
    basis('Quyết định 06/QĐ-TTg', 'Decision 06/QĐ-TTg'),
    MPS,
  ),
  regime(
    'gia-thi-truong',
    'month',
    20,
    { vi: 'Báo cáo tình hình giá cả thị trường', en: 'Market prices' },
    basis('Luật Giá 2023', 'Law on Prices 2023'),
    MOF,
  ),
  regime(
    'cong-nghiep-thuong-mai',
    'month',
    20,
    {
      vi: 'Báo cáo tình hình sản xuất công nghiệp, thương mại, xuất nhập khẩu',
      en: 'Industry, trade, exports and imports',
    },
    D09,
    GOV,
  ),
  regime(
    'phong-chong-thien-tai',
    'month',
    20,
    { vi: 'Báo cáo công tác phòng, chống thiên tai', en: 'Natural disaster prevention' },
    basis('Luật Phòng, chống thiên tai 2013', 'Law on Natural Disaster Prevention 2013'),
    MAE,
  ),
  regime(
    'an-ninh-trat-tu',
    'month',
    20,
    { vi: 'Báo cáo tình hình an ninh, trật tự', en: 'Security and public order' },
    D09,
    MPS,
  ),
  regime(
    'chuyen-doi-so',
    'month',
    22,
    { vi: 'Báo cáo tình hình chuyển đổi số', en: 'Digital transformation' },
    D09,
    PM,
  ),
  regime(
    'dich-benh',
    'month',
    22,
    { vi: 'Báo cáo tình hình dịch bệnh', en: 'Epidemic situation' },
    basis('Luật Phòng, chống bệnh truyền nhiễm 2007', 'Law on Communicable Disease Prevention 2007'),
    { vi: 'Bộ Y tế', en: 'Ministry of Health' },
  ),
  regime(
    'lao-dong-viec-lam',
    'month',
    22,
    { vi: 'Báo cáo tình hình lao động, việc làm', en: 'Labour and employment' },
    D09,
    MOHA,
  ),
  regime(
    'ket-noi-du-lieu',
    'month',
    25,
    {
      vi: 'Báo cáo kết nối, chia sẻ dữ liệu với Hệ thống thông tin báo cáo quốc gia',
      en: 'Data connected to the National Reporting Information System',
    },
    D09,
    VPCP,
  ),
  // Hằng quý
  regime(
    'kiem-soat-tthc',
    'quarter',
    18,
    {
      vi: 'Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính',
      en: 'Control of administrative procedures',
    },
    basis('Nghị định 63/2010/NĐ-CP', 'Decree 63/2010/NĐ-CP'),
    VPCP,
  ),
  regime(
    'tthc-noi-bo',
    'quarter',
    18,
    {
      vi: 'Báo cáo kết quả rà soát, đơn giản hóa thủ tục hành chính nội bộ',
      en: 'Review and simplification of internal procedures',
    },
    basis('Quyết định 1085/QĐ-TTg', 'Decision 1085/QĐ-TTg'),
    VPCP,
  ),
  regime(
    'cai-cach-hanh-chinh',
    'quarter',
    20,
    { vi: 'Báo cáo công tác cải cách hành chính', en: 'Public administration reform' },
    basis('Nghị quyết 76/NQ-CP', 'Resolution 76/NQ-CP'),
    MOHA,
  ),
  regime(
    'khieu-nai-to-cao',
    'quarter',
    20,
    {
      vi: 'Báo cáo công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
      en: 'Citizen reception, complaints and denunciations',
    },
    basis('Luật Khiếu nại 2011; Luật Tố cáo 2018', 'Law on Complaints 2011; Law on Denunciations 2018'),
    GI,
  ),
  regime(
    'phong-chong-tham-nhung',
    'quarter',
    20,
    { vi: 'Báo cáo công tác phòng, chống tham nhũng', en: 'Anti-corruption' },
    basis('Luật Phòng, chống tham nhũng 2018', 'Anti-Corruption Law 2018'),
    GI,
  ),
  regime(
    'tiet-kiem-lang-phi',
    'quarter',
    20,
    { vi: 'Báo cáo thực hành tiết kiệm, chống lãng phí', en: 'Thrift and anti-waste' },
    basis('Luật Thực hành tiết kiệm, chống lãng phí 2013', 'Law on Thrift and Anti-Waste 2013'),
    MOF,
  ),
  regime(
    'dau-tu-nuoc-ngoai',
    'quarter',
    18,
    { vi: 'Báo cáo tình hình đầu tư trực tiếp nước ngoài', en: 'Foreign direct investment' },
    basis('Luật Đầu tư 2020', 'Law on Investment 2020'),
    MOF,
  ),
  regime(
    'nong-thon-moi',
    'quarter',
    20,
    {
      vi: 'Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
      en: 'National target programme on new rural areas',
    },
    D09,
    MAE,
  ),
  regime(
    'nha-o-xa-hoi',
    'quarter',
    20,
    { vi: 'Báo cáo tình hình phát triển nhà ở xã hội', en: 'Social housing' },
    basis('Luật Nhà ở 2023', 'Housing Law 2023'),
    { vi: 'Bộ Xây dựng', en: 'Ministry of Construction' },
  ),
  regime(
    'an-toan-giao-thong',
    'quarter',
    20,
    { vi: 'Báo cáo công tác bảo đảm trật tự, an toàn giao thông', en: 'Road traffic order and safety' },
    D09,
    MPS,
  ),
  // 6 tháng
  regime(
    'so-ket-nq01',
    'half-year',
    18,
    {
      vi: 'Báo cáo kết quả thực hiện Nghị quyết 01/NQ-CP về nhiệm vụ, giải pháp chủ yếu',
      en: "Resolution 01/NQ-CP on the year's main tasks and solutions",
    },
    D09,
    GOV,
  ),
  regime(
    'xu-ly-vi-pham-hanh-chinh',
    'half-year',
    20,
    {
      vi: 'Báo cáo công tác thi hành pháp luật về xử lý vi phạm hành chính',
      en: 'Enforcement of the law on administrative violations',
    },
    basis('Luật Xử lý vi phạm hành chính 2012', 'Law on Handling Administrative Violations 2012'),
    MOJ,
  ),
  regime(
    'tai-san-cong',
    'half-year',
    20,
    { vi: 'Báo cáo tình hình quản lý, sử dụng tài sản công', en: 'Management and use of public assets' },
    basis('Luật Quản lý, sử dụng tài sản công 2017', 'Law on Public Assets 2017'),
    MOF,
  ),
  regime(
    'chinh-sach-dan-toc',
    'half-year',
    20,
    { vi: 'Báo cáo tình hình thực hiện chính sách dân tộc', en: 'Ethnic minority policy' },
    D09,
    { vi: 'Bộ Dân tộc và Tôn giáo', en: 'Ministry of Ethnic Minorities and Religions' },
  ),
  // Hằng năm
  regime(
    'ke-hoach-ktxh-nam',
    'year',
    15,
    {
      vi: 'Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế – xã hội năm',
      en: 'Annual socio-economic development plan',
    },
    D09,
    GOV,
  ),
  regime(
    'thi-dua-khen-thuong',
    'year',
    15,
    { vi: 'Báo cáo công tác thi đua, khen thưởng', en: 'Emulation and commendation' },
    basis('Luật Thi đua, khen thưởng 2022', 'Law on Emulation and Commendation 2022'),
    MOHA,
  ),
  regime(
    'van-thu-luu-tru',
    'year',
    15,
    { vi: 'Báo cáo thống kê công tác văn thư, lưu trữ', en: 'Records and archives' },
    basis('Nghị định 30/2020/NĐ-CP', 'Decree 30/2020/NĐ-CP'),
    MOHA,
  ),
  regime(
    'to-chuc-bien-che',
    'year',
    15,
    { vi: 'Báo cáo tình hình tổ chức bộ máy, biên chế', en: 'Organisation and staffing' },
    D09,
    MOHA,
  ),
  regime(
    'pho-bien-phap-luat',
    'year',
    18,
    { vi: 'Báo cáo công tác phổ biến, giáo dục pháp luật', en: 'Legal dissemination and education' },
    basis('Luật Phổ biến, giáo dục pháp luật 2012', 'Law on Legal Dissemination and Education 2012'),
    MOJ,
  ),
  regime(
    'kiem-tra-van-ban',
    'year',
    18,
    {
      vi: 'Báo cáo kết quả kiểm tra, rà soát văn bản quy phạm pháp luật',
      en: 'Review of legal normative documents',
    },
    basis('Luật Ban hành văn bản quy phạm pháp luật', 'Law on Promulgation of Legal Documents'),
    MOJ,
  ),
];

export type SubmissionStatus = 'on-time' | 'late' | 'not-submitted';

/** One report owed by a former agency in one month. */
export interface LatentSubmission {
  readonly latent: string;
  readonly regime: ReportRegime;
  /** The report's own period key: '2026-10', '2026-Q3', '2026-H1', '2026'. */
  readonly reportPeriod: string;
  readonly due: IsoDate;
  readonly submitted: IsoDate | null;
  readonly status: SubmissionStatus;
}

export interface ReportSubmissions {
  /** Every report the former agencies of `scope` owed in month `month` of `year`. */
  month(scope: Scope, year: number, month: number): readonly LatentSubmission[];
}

export interface ReportSubmissionsOptions {
  readonly seed: number;
  readonly model: LatentModel;
  /** Nothing is submitted after the data set's as-of date. */
  readonly asOf: IsoDate;
}

const BY_FREQUENCY: Record<ReportFrequency, readonly ReportRegime[]> = {
  month: REPORT_REGIMES.filter((r) => r.frequency === 'month'),
  quarter: REPORT_REGIMES.filter((r) => r.frequency === 'quarter'),
  'half-year': REPORT_REGIMES.filter((r) => r.frequency === 'half-year'),
  year: REPORT_REGIMES.filter((r) => r.frequency === 'year'),
};

/** The groups of former agencies that became one current body, keyed by the current code. */
function siblingGroups(scope: Scope): readonly (readonly string[])[] {
  if (scope === 'province') return registryUnits('34').map((u) => u.formerCodes ?? [u.code]);
  return registryMinistries('17').map((m) => m.formerCodes ?? [m.code]);
}

export function createReportSubmissions({ seed, model, asOf }: ReportSubmissionsOptions): ReportSubmissions {
  const cache = new Map<string, readonly LatentSubmission[]>();
  const asOfDay = dayNumber(asOf);

  /** How many reports of each frequency a former agency owes, from its counts of the year. */
  function owed(code: string, year: number): Record<ReportFrequency, number> {
    const due = (month: number) => model.value('reports-required', monthPeriod(year, month), code);
    const monthly = due(1);
    return {
      month: monthly,
      quarter: due(3) - monthly,
      'half-year': due(6) - due(3),
      year: due(12) - due(6),
    };
  }

  /**
   * The reports of each frequency a former agency owes in `year`: its siblings (merged into the same
   * current unit) take consecutive, distinct slices of one shuffled list.
   */
  function subscriptions(
    scope: Scope,
    year: number,
  ): ReadonlyMap<string, Record<ReportFrequency, ReportRegime[]>> {
    const result = new Map<string, Record<ReportFrequency, ReportRegime[]>>();
    for (const group of siblingGroups(scope)) {
      for (const frequency of ['month', 'quarter', 'half-year', 'year'] as const) {
        const list = [...BY_FREQUENCY[frequency]];
        const rng = new Rng(seed, 'report-regimes', scope, group.join('+'), frequency);
        for (let i = list.length - 1; i > 0; i--) {
          const j = rng.int(0, i);
          [list[i], list[j]] = [list[j] as ReportRegime, list[i] as ReportRegime];
        }
        let offset = 0;
        for (const code of group) {
          const n = owed(code, year)[frequency];
          if (offset + n > list.length) {
            throw new Error(`The catalogue has too few ${frequency} reports for ${group.join('+')}`);
          }
          const entry = result.get(code) ?? { month: [], quarter: [], 'half-year': [], year: [] };
          entry[frequency] = list.slice(offset, offset + n);
          result.set(code, entry);
          offset += n;
        }
      }
    }
    return result;
  }

  function month(scope: Scope, year: number, m: number): readonly LatentSubmission[] {
    const key = `${scope}:${year}:${m}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const subs = subscriptions(scope, year);
    const p = monthPeriod(year, m);
    const out: LatentSubmission[] = [];
    for (const code of latentCodes(scope)) {
      const mine = subs.get(code);
      if (!mine) continue;
      const dueNow: { regime: ReportRegime; reportPeriod: string }[] = mine.month.map((regime) => ({
        regime,
        reportPeriod: `${year}-${String(m).padStart(2, '0')}`,
      }));
      if (m % 3 === 0) {
        for (const regime of mine.quarter) dueNow.push({ regime, reportPeriod: `${year}-Q${m / 3}` });
      }
      if (m % 6 === 0) {
        for (const regime of mine['half-year']) dueNow.push({ regime, reportPeriod: `${year}-H${m / 6}` });
      }
      if (m === 12) for (const regime of mine.year) dueNow.push({ regime, reportPeriod: String(year) });
      const required = model.value('reports-required', p, code);
      const onTime = model.value('reports-on-time', p, code);
      const late = model.value(INTERNAL_SERIES.reportsLate, p, code);
      if (dueNow.length !== required) {
        throw new Error(
          `${code} owes ${required} reports in ${year}-${m}, the catalogue gives ${dueNow.length}`,
        );
      }
      // Which of the month's reports were the late or missing ones is a draw of its own.
      const rng = new Rng(seed, 'report-submissions', scope, code, year, m);
      const order = dueNow.map((d, i) => ({ d, i, u: rng.next() })).sort((a, b) => a.u - b.u);
      const last = periodEnd(p);
      order.forEach(({ d }, rank) => {
        const due = dueDate(year, m, d.regime.deadlineDay, last);
        const status: SubmissionStatus =
          rank < onTime ? 'on-time' : rank < onTime + late ? 'late' : 'not-submitted';
        let submitted: IsoDate | null = null;
        if (status === 'on-time') submitted = addDays(due, -rng.int(0, 6));
        if (status === 'late') {
          const day = Math.min(dayNumber(due) + rng.int(1, 25), asOfDay);
          submitted = addDays(due, Math.max(1, day - dayNumber(due)));
        }
        out.push({ latent: code, regime: d.regime, reportPeriod: d.reportPeriod, due, submitted, status });
      });
    }
    if (cache.size > 24) cache.delete(cache.keys().next().value ?? '');
    cache.set(key, out);
    return out;
  }

  return { month };
}

function dueDate(year: number, month: number, day: number, lastOfMonth: IsoDate): IsoDate {
  const last = Number(lastOfMonth.slice(8, 10));
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

/** The months of a period, for summing a quarter's or a year's submissions. */
export function monthsOf(p: Period): readonly { year: number; month: number }[] {
  const months: { year: number; month: number }[] = [];
  const first = p.frequency === 'month' ? p.month : p.frequency === 'quarter' ? p.quarter * 3 - 2 : 1;
  const last = p.frequency === 'month' ? p.month : p.frequency === 'quarter' ? p.quarter * 3 : 12;
  for (let m = first; m <= last; m++) months.push({ year: p.year, month: m });
  return months;
}
