/**
 * The periodic reports of the reporting regime (Nghị định 09/2019/NĐ-CP and the regimes built on it)
 * and, for each agency and month, what became of the reports it owed: sent on time, late, or not yet.
 * Built on the latent model's counts per latent agency and month (./model.ts: reports-required,
 * reports-on-time, reports-late, reports-not-submitted), so the submissions add up to the `/reporting`
 * summaries exactly. The latent agencies are the former units and ministries and, from the reform on,
 * each merged unit as one agency of its own (key '34:24', '17:TC'; the model's `latentKeys`): after a
 * merger the new unit reports once, not as the sum of its predecessors.
 *
 * The catalogue is synthetic: real report names and legal bases of the kind the Government's regime
 * holds, not the official list. Each agency owes a handful of monthly reports, a few quarterly, one
 * half-yearly and one or two annual ones (the latent model's counts); the former agencies merged into one
 * current unit owe different reports of each kind, so the current unit never owes one twice, and the
 * merged unit, which reports only once they have stopped, owes reports of the same regime as they did.
 */
import { addDays, dayNumber } from '../../src/domain/calendar.ts';
import {
  halfPeriod,
  monthPeriod,
  PERIODS_PER_YEAR,
  periodEnd,
  periodKey,
  periodLastMonth,
  quarterPeriod,
  yearPeriod,
  type Period,
} from '../../src/domain/period.ts';
import { registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import type { IsoDate, LocalizedText, Scope } from '../../src/domain/units.ts';
import { FIRST_YEAR } from './calibration.ts';
import { INTERNAL_SERIES, latentKeys, type LatentModel } from './model.ts';
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

/** One report owed by a latent agency in one month. */
export interface LatentSubmission {
  /** The latent agency: a former unit or ministry's code, or a merged unit's own key ('34:24'). */
  readonly latent: string;
  readonly regime: ReportRegime;
  /** The report's own period key: '2026-10', '2026-Q3', '2026-H1', '2026'. */
  readonly reportPeriod: string;
  readonly due: IsoDate;
  readonly submitted: IsoDate | null;
  readonly status: SubmissionStatus;
}

export interface ReportSubmissions {
  /** Every report the latent agencies of `scope` owed in month `month` of `year`. */
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

/**
 * The latent agencies that became one current body: its own key (a merged unit, from the reform on) and
 * its former agencies, or the one agency a body unchanged by the reform has always been.
 */
function agencyGroups(
  scope: Scope,
): readonly { readonly own: string | null; readonly formers: readonly string[] }[] {
  const era = scope === 'province' ? '34' : '17';
  const codes =
    scope === 'province'
      ? registryUnits('34').map((u) => u.code)
      : registryMinistries('17').map((m) => m.code);
  return codes.map((code) => {
    const keys = latentKeys('reports-required', era, code);
    const own = keys.find((k) => k.includes(':')) ?? null;
    return { own, formers: keys.filter((k) => k !== own) };
  });
}

/** The kind of report month `m` adds to the monthly ones: the last of a quarter, a half or the year. */
function kindOfMonth(m: number): ReportFrequency {
  return m === 12 ? 'year' : m % 6 === 0 ? 'half-year' : m % 3 === 0 ? 'quarter' : 'month';
}

export function createReportSubmissions({ seed, model, asOf }: ReportSubmissionsOptions): ReportSubmissions {
  const cache = new Map<string, readonly LatentSubmission[]>();
  const schedules = new Map<string, Record<ReportFrequency, number>>();
  const subscriptionsByScope = new Map<Scope, ReadonlyMap<string, Record<ReportFrequency, ReportRegime[]>>>();
  const asOfDay = dayNumber(asOf);

  /**
   * How many reports of each frequency agency `key` owes: from what it owes in the first month of each
   * kind that it reported in (a month in the middle of a quarter holds the monthly ones only; a quarter's,
   * a half's and the year's last month add those). The model draws the counts once per agency, so they hold
   * over its whole life, which for a former or a merged unit is only part of a year at the reform.
   */
  function owed(key: string): Record<ReportFrequency, number> {
    const cached = schedules.get(key);
    if (cached) return cached;
    const seen: Partial<Record<ReportFrequency, number>> = {};
    for (let year = FIRST_YEAR; ; year++) {
      if (Number.isNaN(model.value('reports-required', monthPeriod(year, 1), key))) break;
      for (let m = 1; m <= 12; m++) {
        const due = model.value('reports-required', monthPeriod(year, m), key);
        const kind = kindOfMonth(m);
        if (due > 0 && seen[kind] === undefined) seen[kind] = due;
      }
    }
    const monthly = seen.month ?? 0;
    const quarterly = seen.quarter === undefined ? 0 : seen.quarter - monthly;
    const half = seen['half-year'] === undefined ? 0 : seen['half-year'] - monthly - quarterly;
    const annual = seen.year === undefined ? 0 : seen.year - monthly - quarterly - half;
    const schedule = { month: monthly, quarter: quarterly, 'half-year': half, year: annual };
    schedules.set(key, schedule);
    return schedule;
  }

  /**
   * The reports of each frequency each latent agency of `scope` owes: the former agencies merged into the
   * same current unit take consecutive, distinct slices of one shuffled list; the merged unit, which
   * reports only once they have stopped, takes its slice from the start of the same list.
   */
  function subscriptions(scope: Scope): ReadonlyMap<string, Record<ReportFrequency, ReportRegime[]>> {
    const cached = subscriptionsByScope.get(scope);
    if (cached) return cached;
    const result = new Map<string, Record<ReportFrequency, ReportRegime[]>>();
    for (const { own, formers } of agencyGroups(scope)) {
      for (const frequency of ['month', 'quarter', 'half-year', 'year'] as const) {
        const list = [...BY_FREQUENCY[frequency]];
        const rng = new Rng(seed, 'report-regimes', scope, formers.join('+'), frequency);
        for (let i = list.length - 1; i > 0; i--) {
          const j = rng.int(0, i);
          [list[i], list[j]] = [list[j] as ReportRegime, list[i] as ReportRegime];
        }
        const take = (key: string, offset: number): number => {
          const n = owed(key)[frequency];
          if (offset + n > list.length) {
            throw new Error(`The catalogue has too few ${frequency} reports for ${formers.join('+')}`);
          }
          const entry = result.get(key) ?? { month: [], quarter: [], 'half-year': [], year: [] };
          entry[frequency] = list.slice(offset, offset + n);
          result.set(key, entry);
          return offset + n;
        };
        let offset = 0;
        for (const code of formers) offset = take(code, offset);
        if (own) take(own, 0);
      }
    }
    subscriptionsByScope.set(scope, result);
    return result;
  }

  function month(scope: Scope, year: number, m: number): readonly LatentSubmission[] {
    const key = `${scope}:${year}:${m}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const subs = subscriptions(scope);
    const p = monthPeriod(year, m);
    const out: LatentSubmission[] = [];
    for (const [code, mine] of subs) {
      const dueNow: { regime: ReportRegime; reportPeriod: string }[] = mine.month.map((regime) => ({
        regime,
        reportPeriod: periodKey(p),
      }));
      if (m % 3 === 0) {
        for (const regime of mine.quarter)
          dueNow.push({ regime, reportPeriod: periodKey(quarterPeriod(year, m / 3)) });
      }
      if (m % 6 === 0) {
        for (const regime of mine['half-year'])
          dueNow.push({ regime, reportPeriod: periodKey(halfPeriod(year, m / 6)) });
      }
      if (m === 12)
        for (const regime of mine.year) dueNow.push({ regime, reportPeriod: periodKey(yearPeriod(year)) });
      const required = model.value('reports-required', p, code);
      // Before a merged unit began, or after a former one ended, the agency owes nothing.
      if (required === 0) continue;
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

/** The months of a period, for summing a quarter's, a half-year's or a year's submissions. */
export function monthsOf(p: Period): readonly { year: number; month: number }[] {
  const months: { year: number; month: number }[] = [];
  const last = periodLastMonth(p);
  const first = last - 12 / PERIODS_PER_YEAR[p.frequency] + 1;
  for (let m = first; m <= last; m++) months.push({ year: p.year, month: m });
  return months;
}
