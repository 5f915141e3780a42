/**
 * The indicator catalog the mock feed serves. Names follow the statistics office's and the Government
 * Office's usage (docs/domain.md §7.1, §4–5); units, polarity, aggregation rules, release calendars and dated
 * sources are the ones the app must honour.
 */
import type { Accumulation, Indicator, IndicatorUnit, SourceEntry } from '../../src/domain/indicators.ts';
import type { ReleaseCalendar, ReportDay } from '../../src/domain/release-calendar.ts';
import type { Dated } from '../../src/domain/units.ts';

/** The day the Government's reorganisation (Resolution 176/2025/QH15) renamed the statistics and customs bodies. */
const RENAMED_ON = '2025-02-28';

const NSO = { vi: 'Cục Thống kê (Bộ Tài chính)', en: 'National Statistics Office (Ministry of Finance)' };
const GSO = {
  vi: 'Tổng cục Thống kê (Bộ Kế hoạch và Đầu tư)',
  en: 'General Statistics Office (Ministry of Planning and Investment)',
};
const NSO_SOURCES: readonly SourceEntry[] = [{ value: GSO, until: RENAMED_ON }, { value: NSO }];
const CUSTOMS = { vi: 'Cục Hải quan (Bộ Tài chính)', en: 'Customs Department (Ministry of Finance)' };
const CUSTOMS_SOURCES: readonly SourceEntry[] = [
  {
    value: {
      vi: 'Tổng cục Hải quan (Bộ Tài chính)',
      en: 'General Department of Customs (Ministry of Finance)',
    },
    until: RENAMED_ON,
  },
  { value: CUSTOMS },
];
const FIA = {
  vi: 'Cục Đầu tư nước ngoài (Bộ Tài chính)',
  en: 'Foreign Investment Agency (Ministry of Finance)',
};
const FIA_SOURCES: readonly SourceEntry[] = [
  {
    value: {
      vi: 'Cục Đầu tư nước ngoài (Bộ Kế hoạch và Đầu tư)',
      en: 'Foreign Investment Agency (Ministry of Planning and Investment)',
    },
    until: RENAMED_ON,
  },
  { value: FIA },
];
const MOF = { vi: 'Bộ Tài chính', en: 'Ministry of Finance' };
/** Business registration moved from the Ministry of Planning and Investment to the Ministry of Finance. */
const REGISTRATION_SOURCES: readonly SourceEntry[] = [
  { value: { vi: 'Bộ Kế hoạch và Đầu tư', en: 'Ministry of Planning and Investment' }, until: RENAMED_ON },
  { value: MOF },
];
const VPCP = { vi: 'Văn phòng Chính phủ', en: 'Government Office' };
const PORTAL = {
  vi: 'Cổng Dịch vụ công quốc gia (Văn phòng Chính phủ)',
  en: 'National Public Service Portal (Government Office)',
};
const REPORTING = { vi: 'Hệ thống thông tin báo cáo quốc gia', en: 'National Reporting Information System' };

const percent: IndicatorUnit = { kind: 'percent', multiplier: 1, label: { vi: '%', en: '%' } };
const growth: IndicatorUnit = { kind: 'growth', multiplier: 1, label: { vi: '%', en: '%' } };
const billionVnd: IndicatorUnit = {
  kind: 'amount',
  multiplier: 1e9,
  currency: 'VND',
  label: { vi: 'tỷ đồng', en: 'VND billion' },
};
const millionUsd: IndicatorUnit = {
  kind: 'amount',
  multiplier: 1e6,
  currency: 'USD',
  label: { vi: 'triệu USD', en: 'US$ million' },
};
const count = (vi: string, en: string, multiplier = 1): IndicatorUnit => ({
  kind: 'count',
  multiplier,
  label: { vi, en },
});
const score = (max: number): IndicatorUnit => ({
  kind: 'score',
  multiplier: 1,
  max,
  label: { vi: 'điểm', en: 'points' },
});

const both = ['province', 'ministry'] as const;
const provinces = ['province'] as const;

const TRILLION_VND = {
  factor: 1e12,
  label: { vi: 'nghìn tỷ đồng', en: 'trillion' },
  decimals: 1,
} as const;

// -------------------------------------------------------------------------------------------------
// Release calendars

/**
 * The statistics office's monthly report days, dated by the releases they govern: the 29th of the month
 * reported (Decree 94/2016/NĐ-CP), the 6th of the next month from 1/8/2024 (Decree 62/2024/NĐ-CP), the 3rd
 * of the next month from February 2026 (Decree 13/2026/NĐ-CP of 13/1/2026). Ministries report on the same
 * rhythm for the monthly socio-economic report.
 */
const REPORT_DAYS: readonly Dated<ReportDay>[] = [
  { value: { day: 29, monthOffset: 0 }, from: '2016-07-01', to: '2024-07-31' },
  { value: { day: 6, monthOffset: 1 }, from: '2024-08-01', to: '2026-01-31' },
  { value: { day: 3, monthOffset: 1 }, from: '2026-02-01' },
];

/**
 * GDP and GRDP (Decree 62/2024/NĐ-CP): a quarter is an estimate in its own quarter's report and preliminary
 * with the next quarter's; the year is an estimate in January; both stay preliminary through the annual
 * revision of October of the next year and are official in October two years on.
 */
const NATIONAL_ACCOUNTS: ReleaseCalendar = {
  schedule: REPORT_DAYS,
  stages: [
    { status: 'estimate', at: { kind: 'report', months: 0 } },
    { status: 'preliminary', at: { kind: 'report', months: 3 }, frequencies: ['quarter', 'half'] },
    { status: 'preliminary', at: { kind: 'date', years: 1, month: 10, day: 6 } },
    { status: 'official', at: { kind: 'date', years: 2, month: 10, day: 6 } },
  ],
};

/** Monthly statistics (IIP, retail): estimated in the month's report, revised the next month, official with the annual revision. */
const MONTHLY_STATISTICS: ReleaseCalendar = {
  schedule: REPORT_DAYS,
  stages: [
    { status: 'estimate', at: { kind: 'report', months: 0 } },
    { status: 'preliminary', at: { kind: 'report', months: 1 } },
    { status: 'official', at: { kind: 'date', years: 1, month: 10, day: 6 } },
  ],
};

/** CPI: computed from prices collected in the month, final when published. */
const PRICES: ReleaseCalendar = {
  schedule: REPORT_DAYS,
  stages: [{ status: 'official', at: { kind: 'report', months: 0 } }],
};

/** Customs: the statistics office's estimate first, the customs' preliminary figures, then their official ones. */
const CUSTOMS_RELEASES: ReleaseCalendar = {
  schedule: REPORT_DAYS,
  stages: [
    { status: 'estimate', at: { kind: 'report', months: 0 } },
    { status: 'preliminary', at: { kind: 'report', months: 1 } },
    { status: 'official', at: { kind: 'report', months: 3 } },
  ],
};

/**
 * The state budget and public investment: the Ministry of Finance's figures are estimates ("ước thực
 * hiện") until the National Assembly approves the final accounts of the year, in June two years on.
 */
const BUDGET_RELEASES: ReleaseCalendar = {
  stages: [
    { status: 'estimate', at: { kind: 'after-end', days: 5 } },
    { status: 'official', at: { kind: 'date', years: 2, month: 6, day: 30 } },
  ],
};

/** Plans assigned by the Prime Minister: decided, so official from the start. */
const DECIDED: ReleaseCalendar = { stages: [{ status: 'official', at: { kind: 'after-end', days: 0 } }] };

/** Registrations (FDI, enterprises): counted from the registers, confirmed once the next period closes. */
const REGISTRATIONS: ReleaseCalendar = {
  stages: [
    { status: 'preliminary', at: { kind: 'after-end', days: 5 } },
    { status: 'official', at: { kind: 'after-periods', periods: 1 } },
  ],
};

/** Annual statistics (population, household consumption, industrial value added). */
const ANNUAL_STATISTICS: ReleaseCalendar = {
  schedule: REPORT_DAYS,
  stages: [
    { status: 'estimate', at: { kind: 'report', months: 0 } },
    { status: 'preliminary', at: { kind: 'date', years: 1, month: 10, day: 6 } },
    { status: 'official', at: { kind: 'date', years: 2, month: 10, day: 6 } },
  ],
};

/**
 * Administrative records (tasks, reports, internal procedures, dossiers, the Decision 766 index): preliminary
 * while agencies may still update them, official once the next period closes.
 */
const RECORDS: ReleaseCalendar = {
  stages: [
    { status: 'preliminary', at: { kind: 'after-end', days: 0 } },
    { status: 'official', at: { kind: 'after-periods', periods: 1 } },
  ],
};

const STOCK: Accumulation = { kind: 'stock' };
/** Running totals since plan 1085/QĐ-TTg began; they never restart in January. */
const SINCE_PLAN: Accumulation = { kind: 'since', from: 2022 };

const score766 = (id: string, vi: string, en: string, max: number, headline = false): Indicator => ({
  id,
  name: { vi, en },
  group: 'public-service',
  unit: score(max),
  // The portal publishes the index by month, quarter, six months and year.
  frequencies: ['month', 'quarter', 'half', 'year'],
  polarity: 'higher-is-better',
  // The index is computed from each agency's dossiers; scores of former units cannot be combined.
  aggregation: { kind: 'none' },
  decimals: 2,
  source: PORTAL,
  releases: RECORDS,
  cumulative: false,
  scopes: both,
  headline,
});

export const CATALOG: readonly Indicator[] = [
  // 1. Kinh tế – xã hội
  {
    id: 'public-investment-disbursement-rate',
    name: { vi: 'Tỷ lệ giải ngân vốn đầu tư công', en: 'Public investment disbursement' },
    shortName: { vi: 'Giải ngân đầu tư công', en: 'Public investment disbursed' },
    group: 'socio-economic',
    unit: { ...percent, label: { vi: '% kế hoạch', en: '% of plan' } },
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: {
      kind: 'ratio',
      numeratorId: 'public-investment-disbursed',
      denominatorId: 'public-investment-plan',
      scale: 100,
    },
    decimals: 1,
    source: MOF,
    releases: BUDGET_RELEASES,
    cumulative: true,
    scopes: both,
    headline: true,
  },
  {
    id: 'grdp-growth',
    name: { vi: 'Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP)', en: 'GRDP growth (constant prices)' },
    shortName: { vi: 'Tăng trưởng GRDP', en: 'GRDP growth' },
    nationalName: {
      vi: 'Tốc độ tăng tổng sản phẩm trong nước (GDP)',
      en: 'Gross domestic product (GDP) growth (constant prices)',
    },
    nationalShortName: { vi: 'Tăng trưởng GDP', en: 'GDP growth' },
    group: 'socio-economic',
    unit: growth,
    frequencies: ['quarter', 'year'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'weighted-mean', weightIndicatorId: 'grdp-nominal' },
    decimals: 2,
    source: NSO,
    sources: NSO_SOURCES,
    releases: NATIONAL_ACCOUNTS,
    cumulative: true,
    target: 'plan',
    scopes: provinces,
    headline: true,
  },
  {
    id: 'grdp-growth-quarter',
    name: {
      vi: 'Tốc độ tăng GRDP của quý so với cùng kỳ',
      en: 'GRDP growth of the quarter, year on year',
    },
    shortName: { vi: 'Tăng trưởng GRDP quý', en: 'Quarterly GRDP growth' },
    nationalName: {
      vi: 'Tốc độ tăng GDP của quý so với cùng kỳ',
      en: 'GDP growth of the quarter, year on year',
    },
    nationalShortName: { vi: 'Tăng trưởng GDP quý', en: 'Quarterly GDP growth' },
    group: 'socio-economic',
    unit: growth,
    frequencies: ['quarter'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'weighted-mean', weightIndicatorId: 'grdp-nominal-quarter' },
    decimals: 2,
    source: NSO,
    sources: NSO_SOURCES,
    releases: NATIONAL_ACCOUNTS,
    cumulative: false,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'budget-revenue',
    name: { vi: 'Thu ngân sách nhà nước', en: 'State budget revenue' },
    shortName: { vi: 'Thu NSNN', en: 'Budget revenue' },
    group: 'socio-economic',
    unit: billionVnd,
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: MOF,
    releases: BUDGET_RELEASES,
    cumulative: true,
    target: 'estimate',
    scopes: provinces,
    headline: true,
  },
  {
    id: 'cpi-yoy',
    name: { vi: 'Chỉ số giá tiêu dùng (CPI) so với cùng kỳ', en: 'Consumer price index, year on year' },
    shortName: { vi: 'CPI so cùng kỳ', en: 'CPI y/y' },
    group: 'socio-economic',
    unit: growth,
    frequencies: ['month', 'quarter', 'year'],
    // Neither low nor high inflation is "better" (deflation is no success); it is read against the ceiling.
    polarity: 'neutral',
    aggregation: { kind: 'weighted-mean', weightIndicatorId: 'household-consumption' },
    decimals: 2,
    source: NSO,
    sources: NSO_SOURCES,
    releases: PRICES,
    cumulative: false,
    target: 'ceiling',
    mapScale: { kind: 'diverging', centre: 'national' },
    scopes: provinces,
    headline: true,
  },
  {
    id: 'exports',
    name: { vi: 'Kim ngạch xuất khẩu hàng hóa', en: 'Merchandise exports' },
    shortName: { vi: 'Xuất khẩu', en: 'Exports' },
    group: 'socio-economic',
    unit: millionUsd,
    frequencies: ['month', 'quarter', 'year'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: CUSTOMS,
    sources: CUSTOMS_SOURCES,
    releases: CUSTOMS_RELEASES,
    cumulative: false,
    scopes: provinces,
    headline: true,
  },
  {
    id: 'retail-sales',
    name: {
      vi: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng',
      en: 'Retail sales of goods and consumer services',
    },
    shortName: { vi: 'Bán lẻ và dịch vụ tiêu dùng', en: 'Retail sales' },
    group: 'socio-economic',
    unit: billionVnd,
    frequencies: ['month', 'quarter', 'year'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: NSO,
    sources: NSO_SOURCES,
    releases: MONTHLY_STATISTICS,
    display: TRILLION_VND,
    cumulative: false,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'iip-growth',
    name: { vi: 'Chỉ số sản xuất công nghiệp (IIP) so với cùng kỳ', en: 'Industrial production index, y/y' },
    shortName: { vi: 'IIP so cùng kỳ', en: 'IIP y/y' },
    group: 'socio-economic',
    unit: growth,
    frequencies: ['month', 'quarter', 'year'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'weighted-mean', weightIndicatorId: 'industry-value-added' },
    decimals: 1,
    source: NSO,
    sources: NSO_SOURCES,
    releases: MONTHLY_STATISTICS,
    cumulative: false,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'fdi-registered',
    name: { vi: 'Vốn đầu tư trực tiếp nước ngoài đăng ký', en: 'Registered foreign direct investment' },
    shortName: { vi: 'FDI đăng ký', en: 'FDI registered' },
    group: 'socio-economic',
    unit: millionUsd,
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 1,
    source: FIA,
    sources: FIA_SOURCES,
    releases: REGISTRATIONS,
    cumulative: true,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'new-enterprises',
    name: { vi: 'Doanh nghiệp thành lập mới', en: 'Newly registered enterprises' },
    shortName: { vi: 'DN thành lập mới', en: 'New enterprises' },
    group: 'socio-economic',
    unit: count('doanh nghiệp', 'enterprises'),
    frequencies: ['month', 'quarter', 'year'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: MOF,
    sources: REGISTRATION_SOURCES,
    releases: REGISTRATIONS,
    cumulative: false,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'public-investment-disbursed',
    name: { vi: 'Vốn đầu tư công đã giải ngân', en: 'Public investment disbursed' },
    group: 'socio-economic',
    unit: billionVnd,
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: MOF,
    releases: BUDGET_RELEASES,
    cumulative: true,
    target: 'plan',
    scopes: both,
    headline: false,
  },
  {
    id: 'public-investment-plan',
    name: { vi: 'Kế hoạch vốn đầu tư công Thủ tướng Chính phủ giao', en: 'Public investment plan assigned' },
    group: 'socio-economic',
    unit: billionVnd,
    frequencies: ['month'],
    polarity: 'neutral',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: MOF,
    releases: DECIDED,
    cumulative: false,
    accumulation: STOCK,
    scopes: both,
    headline: false,
  },
  {
    id: 'grdp-nominal',
    name: { vi: 'Quy mô GRDP theo giá hiện hành', en: 'GRDP at current prices' },
    nationalName: {
      vi: 'Tổng sản phẩm trong nước (GDP) theo giá hiện hành',
      en: 'Gross domestic product (GDP) at current prices',
    },
    proseName: { vi: 'quy mô GRDP (giá hiện hành)', en: 'GRDP at current prices' },
    group: 'socio-economic',
    unit: billionVnd,
    frequencies: ['quarter', 'year'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: NSO,
    sources: NSO_SOURCES,
    releases: NATIONAL_ACCOUNTS,
    display: TRILLION_VND,
    cumulative: true,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'grdp-nominal-quarter',
    name: { vi: 'Quy mô GRDP của quý theo giá hiện hành', en: 'GRDP of the quarter at current prices' },
    proseName: { vi: 'quy mô GRDP của quý (giá hiện hành)', en: 'GRDP of the quarter at current prices' },
    group: 'socio-economic',
    unit: billionVnd,
    frequencies: ['quarter'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: NSO,
    sources: NSO_SOURCES,
    releases: NATIONAL_ACCOUNTS,
    display: TRILLION_VND,
    cumulative: false,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'population',
    name: { vi: 'Dân số trung bình', en: 'Average population' },
    proseName: { vi: 'dân số trung bình', en: 'average population' },
    group: 'socio-economic',
    unit: count('nghìn người', 'thousand people', 1e3),
    frequencies: ['year'],
    polarity: 'neutral',
    aggregation: { kind: 'sum' },
    decimals: 1,
    source: NSO,
    sources: NSO_SOURCES,
    releases: ANNUAL_STATISTICS,
    display: { factor: 1e6, label: { vi: 'triệu người', en: 'million people' }, decimals: 2 },
    cumulative: false,
    accumulation: STOCK,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'household-consumption',
    name: {
      vi: 'Chi tiêu cho tiêu dùng cuối cùng của hộ dân cư',
      en: 'Household final consumption expenditure',
    },
    proseName: {
      vi: 'chi tiêu cho tiêu dùng cuối cùng của hộ dân cư',
      en: 'household final consumption',
    },
    group: 'socio-economic',
    unit: billionVnd,
    frequencies: ['year'],
    polarity: 'neutral',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: NSO,
    sources: NSO_SOURCES,
    releases: ANNUAL_STATISTICS,
    display: TRILLION_VND,
    cumulative: false,
    scopes: provinces,
    headline: false,
  },
  {
    id: 'industry-value-added',
    name: { vi: 'Giá trị tăng thêm ngành công nghiệp', en: 'Industrial value added' },
    proseName: { vi: 'giá trị tăng thêm ngành công nghiệp', en: 'industrial value added' },
    group: 'socio-economic',
    unit: billionVnd,
    frequencies: ['year'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: NSO,
    sources: NSO_SOURCES,
    releases: ANNUAL_STATISTICS,
    display: TRILLION_VND,
    cumulative: false,
    scopes: provinces,
    headline: false,
  },

  // 2. Chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)
  score766(
    'dvc-766-total',
    'Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp',
    'Service quality index (Decision 766)',
    100,
    true,
  ),
  score766('dvc-766-transparency', 'Công khai, minh bạch', 'Transparency and disclosure', 18),
  score766('dvc-766-progress', 'Tiến độ giải quyết', 'Processing progress', 20),
  score766('dvc-766-digitisation', 'Số hóa hồ sơ', 'Dossier digitisation', 22),
  score766('dvc-766-online-service', 'Dịch vụ công trực tuyến', 'Online public services', 12),
  score766('dvc-766-online-payment', 'Thanh toán trực tuyến', 'Online payment', 10),
  score766('dvc-766-satisfaction', 'Mức độ hài lòng', 'Satisfaction', 18),
  {
    id: 'online-dossier-rate',
    name: { vi: 'Tỷ lệ hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
    group: 'public-service',
    unit: percent,
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: {
      kind: 'ratio',
      numeratorId: 'dossiers-online',
      denominatorId: 'dossiers-received',
      scale: 100,
    },
    decimals: 1,
    source: PORTAL,
    releases: RECORDS,
    cumulative: false,
    scopes: both,
    headline: true,
  },
  {
    id: 'dossiers-received',
    name: { vi: 'Hồ sơ thủ tục hành chính tiếp nhận', en: 'Administrative dossiers received' },
    group: 'public-service',
    unit: count('hồ sơ', 'dossiers'),
    frequencies: ['month'],
    polarity: 'neutral',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: PORTAL,
    releases: RECORDS,
    cumulative: false,
    scopes: both,
    headline: false,
  },
  {
    id: 'dossiers-online',
    name: { vi: 'Hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
    group: 'public-service',
    unit: count('hồ sơ', 'dossiers'),
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: PORTAL,
    releases: RECORDS,
    cumulative: false,
    scopes: both,
    headline: false,
  },

  // 3. Cải cách thủ tục hành chính nội bộ (Quyết định 1085/QĐ-TTg)
  {
    id: 'internal-procedures-simplified-rate',
    name: {
      vi: 'Tỷ lệ thủ tục hành chính nội bộ được cắt giảm, đơn giản hóa',
      en: 'Internal procedures simplified',
    },
    shortName: { vi: 'TTHC nội bộ đã đơn giản hóa', en: 'Internal procedures simplified' },
    group: 'internal-procedures',
    unit: percent,
    frequencies: ['quarter'],
    polarity: 'higher-is-better',
    aggregation: {
      kind: 'ratio',
      numeratorId: 'internal-procedures-simplified',
      denominatorId: 'internal-procedures-in-scope',
      scale: 100,
    },
    decimals: 1,
    source: VPCP,
    releases: RECORDS,
    cumulative: false,
    accumulation: SINCE_PLAN,
    target: 'plan',
    scopes: both,
    headline: true,
  },
  {
    id: 'internal-procedures-in-scope',
    name: { vi: 'Thủ tục hành chính nội bộ được công bố', en: 'Internal procedures published' },
    group: 'internal-procedures',
    unit: count('thủ tục', 'procedures'),
    frequencies: ['quarter'],
    polarity: 'neutral',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: VPCP,
    releases: RECORDS,
    cumulative: false,
    accumulation: STOCK,
    scopes: both,
    headline: false,
  },
  {
    id: 'internal-procedures-simplified',
    name: { vi: 'Thủ tục hành chính nội bộ đã cắt giảm, đơn giản hóa', en: 'Internal procedures simplified' },
    group: 'internal-procedures',
    unit: count('thủ tục', 'procedures'),
    frequencies: ['quarter'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: VPCP,
    releases: RECORDS,
    cumulative: false,
    accumulation: SINCE_PLAN,
    scopes: both,
    headline: false,
  },
  {
    id: 'internal-procedures-cost-saved',
    name: { vi: 'Chi phí tuân thủ TTHC nội bộ cắt giảm', en: 'Internal compliance cost saved' },
    group: 'internal-procedures',
    unit: billionVnd,
    frequencies: ['quarter'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 1,
    source: VPCP,
    releases: RECORDS,
    cumulative: false,
    accumulation: SINCE_PLAN,
    scopes: both,
    headline: false,
  },

  // 4. Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao
  {
    id: 'tasks-completion-rate',
    name: { vi: 'Tỷ lệ nhiệm vụ đã hoàn thành', en: 'Assigned tasks completed' },
    shortName: { vi: 'Nhiệm vụ hoàn thành', en: 'Tasks completed' },
    group: 'tasks',
    unit: percent,
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: {
      kind: 'ratio',
      numeratorId: 'tasks-completed',
      denominatorId: 'tasks-assigned',
      scale: 100,
    },
    decimals: 1,
    source: VPCP,
    releases: RECORDS,
    cumulative: true,
    scopes: both,
    headline: true,
  },
  {
    id: 'tasks-overdue-rate',
    name: { vi: 'Tỷ lệ nhiệm vụ quá hạn chưa hoàn thành', en: 'Tasks overdue and not completed' },
    shortName: { vi: 'Nhiệm vụ quá hạn', en: 'Tasks overdue' },
    group: 'tasks',
    unit: percent,
    frequencies: ['month'],
    polarity: 'lower-is-better',
    aggregation: { kind: 'ratio', numeratorId: 'tasks-overdue', denominatorId: 'tasks-assigned', scale: 100 },
    decimals: 2,
    source: VPCP,
    releases: RECORDS,
    cumulative: true,
    accumulation: STOCK,
    scopes: both,
    headline: true,
  },
  {
    id: 'tasks-assigned',
    name: { vi: 'Nhiệm vụ được giao', en: 'Tasks assigned' },
    group: 'tasks',
    unit: count('nhiệm vụ', 'tasks'),
    frequencies: ['month'],
    polarity: 'neutral',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: VPCP,
    releases: RECORDS,
    cumulative: true,
    scopes: both,
    headline: false,
  },
  {
    id: 'tasks-completed',
    name: { vi: 'Nhiệm vụ đã hoàn thành', en: 'Tasks completed' },
    group: 'tasks',
    unit: count('nhiệm vụ', 'tasks'),
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: VPCP,
    releases: RECORDS,
    cumulative: true,
    scopes: both,
    headline: false,
  },
  {
    id: 'tasks-overdue',
    name: { vi: 'Nhiệm vụ quá hạn chưa hoàn thành', en: 'Tasks overdue' },
    group: 'tasks',
    unit: count('nhiệm vụ', 'tasks'),
    frequencies: ['month'],
    polarity: 'lower-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: VPCP,
    releases: RECORDS,
    // Of the tasks assigned since January, those overdue at the month's end: a level that can fall.
    cumulative: true,
    accumulation: STOCK,
    scopes: both,
    headline: false,
  },

  // 5. Tình hình gửi báo cáo (Nghị định 09/2019/NĐ-CP)
  {
    id: 'reports-on-time-rate',
    name: { vi: 'Tỷ lệ báo cáo gửi đúng hạn', en: 'Reports submitted on time' },
    shortName: { vi: 'Báo cáo đúng hạn', en: 'Reports on time' },
    group: 'reporting',
    unit: percent,
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: {
      kind: 'ratio',
      numeratorId: 'reports-on-time',
      denominatorId: 'reports-required',
      scale: 100,
    },
    decimals: 1,
    source: REPORTING,
    releases: RECORDS,
    cumulative: false,
    scopes: both,
    headline: true,
  },
  {
    id: 'reports-required',
    name: { vi: 'Báo cáo định kỳ phải gửi', en: 'Periodic reports due' },
    group: 'reporting',
    unit: count('báo cáo', 'reports'),
    frequencies: ['month'],
    polarity: 'neutral',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: REPORTING,
    releases: RECORDS,
    cumulative: false,
    scopes: both,
    headline: false,
  },
  {
    id: 'reports-on-time',
    name: { vi: 'Báo cáo gửi đúng hạn', en: 'Reports submitted on time' },
    group: 'reporting',
    unit: count('báo cáo', 'reports'),
    frequencies: ['month'],
    polarity: 'higher-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: REPORTING,
    releases: RECORDS,
    cumulative: false,
    scopes: both,
    headline: false,
  },
  {
    id: 'reports-not-submitted',
    name: { vi: 'Báo cáo chưa gửi', en: 'Reports not submitted' },
    group: 'reporting',
    unit: count('báo cáo', 'reports'),
    frequencies: ['month'],
    polarity: 'lower-is-better',
    aggregation: { kind: 'sum' },
    decimals: 0,
    source: REPORTING,
    releases: RECORDS,
    cumulative: false,
    scopes: both,
    headline: false,
  },
];
