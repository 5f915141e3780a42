/**
 * The synthetic task register behind `/task-register`, `/task-counts` and `/task-trend`: every task the
 * Government and the Prime Minister assigned, with its directive, text, assignee, dates and status, built
 * so that counting it gives exactly the summaries `/tasks` serves.
 *
 * How: the latent model (./model.ts) gives, for each former agency (63 provinces, 22 ministries) and each
 * month end, the year-to-date counts by status. For each agency and year a register is simulated month by
 * month: the month's new tasks are created (each from one of the month's directives), then tasks move
 * between statuses the way tasks do (in progress → done on time, done late or overdue; overdue → done late)
 * until the counts of that month end match. Dates are fixed as the moves happen (a task turning overdue
 * in October gets a deadline in October), so every snapshot's statuses follow from the dates by the
 * domain rule `taskStatusAt`. Where the summaries need more overdue tasks to leave that status than are
 * done late, the rest had their deadline extended (gia hạn): the register keeps the original deadline.
 *
 * A current unit (34, 17) holds the tasks of the former units it absorbed; tasks keep their ids.
 */
import { addDays, dateOfDay, dayNumber, isWeekday } from '../../src/domain/calendar.ts';
import { monthPeriod, periodEnd, periodStart } from '../../src/domain/period.ts';
import { registryMinistries, registryUnits } from '../../src/domain/registry.ts';
import {
  daysOverdueAt,
  taskStatusAt,
  type Directive,
  type DirectiveKind,
  type TaskRecord,
} from '../../src/domain/tasks.ts';
import {
  ministryEraAt,
  provinceEraAt,
  type EraId,
  type IsoDate,
  type Scope,
} from '../../src/domain/units.ts';
import { FIRST_YEAR } from './calibration.ts';
import { INTERNAL_SERIES, latentCodes, type LatentModel } from './model.ts';
import { Rng } from './random.ts';
import { taskText } from './task-texts.ts';

/** A task of the register with its full history; snapshots read it at a month end. */
interface RegisterTask {
  readonly id: string;
  readonly scope: Scope;
  /** The former agency it was assigned to. */
  readonly latent: string;
  readonly year: number;
  /** Month (1–12) of assignment. */
  readonly month: number;
  readonly assignedDay: number;
  readonly directive: Directive;
  key: boolean;
  text: string;
  /** Deadlines in force from a month (1–12) of the year on; more than one after an extension. */
  readonly deadlines: { day: number; from: number }[];
  completedDay: number | null;
}

/** A task's place in the simulation. */
const enum State {
  InProgress,
  Overdue,
  OnTime,
  Late,
}

interface Sim {
  readonly task: RegisterTask;
  state: State;
  /** Lower bound of the deadline not yet fixed: the end of the last month it was seen in progress. */
  lower: number;
  /** Month from which the deadline not yet fixed is in force. */
  segmentFrom: number;
}

/** Year-to-date counts of one former agency at one month end, from the latent model. */
interface Targets {
  readonly assigned: number;
  readonly onTime: number;
  readonly late: number;
  readonly overdue: number;
  readonly inProgress: number;
  readonly key: number;
}

/** Documents a year brings, by kind: the number series they are numbered in, and how many carry tasks. */
const DIRECTIVE_VOLUME: Record<DirectiveKind, { perYear: number; perMonth: number; symbol: string }> = {
  resolution: { perYear: 320, perMonth: 12, symbol: 'NQ-CP' },
  decision: { perYear: 2000, perMonth: 10, symbol: 'QĐ-TTg' },
  directive: { perYear: 36, perMonth: 2, symbol: 'CT-TTg' },
  dispatch: { perYear: 140, perMonth: 6, symbol: 'CĐ-TTg' },
  notice: { perYear: 650, perMonth: 30, symbol: 'TB-VPCP' },
  letter: { perYear: 11000, perMonth: 60, symbol: 'VPCP' },
};
/** Government Office departments that sign its letters. */
const VPCP_UNITS = ['KTTH', 'KGVX', 'NC', 'QHĐP', 'CN', 'NN', 'PL', 'TCCV', 'ĐMDN', 'KSTT', 'QHQT'];

/** Which kind of document a task of each scope comes from (cumulative weights). */
const KIND_WEIGHTS: Record<Scope, readonly (readonly [DirectiveKind, number])[]> = {
  ministry: [
    ['notice', 0.28],
    ['letter', 0.58],
    ['resolution', 0.75],
    ['decision', 0.87],
    ['dispatch', 0.95],
    ['directive', 1],
  ],
  province: [
    ['notice', 0.3],
    ['letter', 0.55],
    ['resolution', 0.68],
    ['decision', 0.78],
    ['dispatch', 0.93],
    ['directive', 1],
  ],
};

/** Typical deadlines, days after assignment. */
const DURATIONS = [7, 10, 15, 20, 30, 45, 60, 90, 120, 180];

export interface TaskRegisterOptions {
  readonly seed: number;
  readonly model: LatentModel;
}

/** Counts of one agency at one month end, by status, with key tasks. */
export interface LatentCounts {
  assigned: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
  keyTasks: number;
}

export interface TaskRegister {
  /** The register on the last day of `month` (1–12) of `year`: tasks assigned since 1 January. */
  snapshot(scope: Scope, year: number, month: number): readonly TaskRecord[];
  /** Counts per former agency at that month end (for trends), optionally of key tasks only. */
  latentCounts(
    scope: Scope,
    year: number,
    month: number,
    keyOnly: boolean,
  ): ReadonlyMap<string, LatentCounts>;
}

/** Creates the register over the latent model. Each (scope, year) is simulated on first use and kept. */
export function createTaskRegister({ seed, model }: TaskRegisterOptions): TaskRegister {
  const years = new Map<string, readonly RegisterTask[]>();
  const snapshots = new Map<string, readonly TaskRecord[]>();
  const directives = new Map<number, ReadonlyMap<string, readonly Directive[]>>();

  const successor63 = new Map(registryUnits('63').map((u) => [u.code, u.successor ?? u.code]));
  const successor22 = new Map<string, string>();
  for (const m of registryMinistries('17'))
    for (const f of m.formerCodes ?? [m.code]) successor22.set(f, m.code);

  function targets(code: string, year: number, month: number): Targets {
    if (month === 0) return { assigned: 0, onTime: 0, late: 0, overdue: 0, inProgress: 0, key: 0 };
    const p = monthPeriod(year, month);
    const completed = model.value('tasks-completed', p, code);
    const late = model.value(INTERNAL_SERIES.tasksDoneLate, p, code);
    return {
      assigned: model.value('tasks-assigned', p, code),
      onTime: completed - late,
      late,
      overdue: model.value('tasks-overdue', p, code),
      inProgress: model.value(INTERNAL_SERIES.tasksInProgress, p, code),
      key: model.value(INTERNAL_SERIES.tasksKey, p, code),
    };
  }

  /** The year's documents that carry tasks, by month and kind, numbered as the year's series run. */
  function directivesOf(year: number): ReadonlyMap<string, readonly Directive[]> {
    const cached = directives.get(year);
    if (cached) return cached;
    const byMonth = new Map<string, Directive[]>();
    const daysInYear = dayNumber(`${year + 1}-01-01`) - dayNumber(`${year}-01-01`);
    for (const [kind, volume] of Object.entries(DIRECTIVE_VOLUME) as [
      DirectiveKind,
      (typeof DIRECTIVE_VOLUME)[DirectiveKind],
    ][]) {
      let last = 0;
      for (let month = 1; month <= 12; month++) {
        const rng = new Rng(seed, 'directives', year, month, kind);
        const weekdays = weekdaysOf(year, month);
        const count = Math.max(1, Math.round(volume.perMonth * rng.uniform(0.7, 1.3)));
        const days = Array.from({ length: count }, () => weekdays[rng.int(0, weekdays.length - 1)] ?? 0).sort(
          (a, b) => a - b,
        );
        const list = days.map((day): Directive => {
          const dayOfYear = day - dayNumber(`${year}-01-01`) + 1;
          const expected = Math.round((volume.perYear * dayOfYear) / daysInYear);
          last = Math.max(last + 1, expected + rng.int(-2, 2));
          const symbol =
            kind === 'letter'
              ? `VPCP-${VPCP_UNITS[rng.int(0, VPCP_UNITS.length - 1)] ?? 'KTTH'}`
              : volume.symbol;
          return { kind, number: `${last}/${symbol}`, date: dateOfDay(day) };
        });
        byMonth.set(`${month}:${kind}`, list);
      }
    }
    directives.set(year, byMonth);
    return byMonth;
  }

  function pickDeadline(rng: Rng, assignedDay: number, lo: number, hi: number | null): number {
    const top = hi ?? lo + 150;
    if (top < lo) throw new Error(`No room for a deadline between ${dateOfDay(lo)} and ${dateOfDay(top)}`);
    const nice: number[] = [];
    for (const d of DURATIONS) {
      const day = assignedDay + d;
      if (day >= lo && day <= top) nice.push(day);
    }
    // The 15th and the last day of a month are the deadlines directives like to set.
    for (let i = firstAtOrAfter(NICE_DAYS, lo); i < NICE_DAYS.length; i++) {
      const day = NICE_DAYS[i] ?? Number.POSITIVE_INFINITY;
      if (day > Math.min(top, lo + 120)) break;
      nice.push(day);
    }
    if (nice.length > 0 && rng.chance(0.8)) return nice[rng.int(0, nice.length - 1)] ?? lo;
    return rng.int(lo, top);
  }

  function simulate(scope: Scope, code: string, year: number): RegisterTask[] {
    const tasks: RegisterTask[] = [];
    const open: Sim[] = [];
    const overdue: Sim[] = [];
    const docs = directivesOf(year);
    let previous = targets(code, year, 0);
    for (let month = 1; month <= 12; month++) {
      const target = targets(code, year, month);
      const rng = new Rng(seed, 'task-register', scope, code, year, month);
      const start = dayNumber(periodStart(monthPeriod(year, month)));
      const end = dayNumber(periodEnd(monthPeriod(year, month)));

      // The month's new tasks, each from a document of the month.
      const fresh: Sim[] = [];
      const newCount = target.assigned - previous.assigned;
      for (let i = 0; i < newCount; i++) {
        const kind = pickKind(rng, scope);
        const list = docs.get(`${month}:${kind}`) ?? [];
        const directive = list[rng.int(0, list.length - 1)];
        if (!directive) throw new Error(`No ${kind} in ${year}-${month}`);
        const task: RegisterTask = {
          id: `${year}-${code}-${String(tasks.length + 1).padStart(4, '0')}`,
          scope,
          latent: code,
          year,
          month,
          assignedDay: dayNumber(directive.date),
          directive,
          key: false,
          text: '',
          deadlines: [],
          completedDay: null,
        };
        tasks.push(task);
        fresh.push({ task, state: State.InProgress, lower: task.assignedDay, segmentFrom: month });
      }
      // Key tasks come with the month's new tasks, more often from resolutions, directives and conclusions.
      const keyCount = target.key - previous.key;
      const byWeight = [...fresh].sort(
        (a, b) => keyWeight(rng, b.task.directive.kind) - keyWeight(rng, a.task.directive.kind),
      );
      for (const s of byWeight.slice(0, keyCount)) s.task.key = true;

      const dOnTime = target.onTime - previous.onTime;
      const dLate = target.late - previous.late;
      if (dOnTime < 0 || dLate < 0) {
        throw new Error(`Completed tasks fell for ${scope} ${code} in ${year}-${month}`);
      }

      // Overdue tasks either get done (late), stay overdue, or had their deadline extended.
      shuffle(rng, overdue);
      const toLateFromOverdue = Math.min(
        dLate,
        overdue.length,
        Math.max(overdue.length - target.overdue, Math.round(overdue.length * rng.uniform(0.25, 0.6))),
      );
      const doneLate = overdue.splice(0, toLateFromOverdue);
      for (const s of doneLate) {
        s.state = State.Late;
        s.task.completedDay = rng.int(start, end);
      }
      const excess = Math.max(0, overdue.length - target.overdue);
      const extendedToProgress = Math.min(excess, target.inProgress);
      const extendedToDone = excess - extendedToProgress;
      const extended = overdue.splice(0, excess);
      extended.forEach((s, i) => {
        s.state = State.InProgress;
        s.lower = end;
        s.segmentFrom = month;
        if (i < extendedToDone) {
          s.state = State.OnTime;
          const completed = rng.int(start, end);
          s.task.completedDay = completed;
          s.task.deadlines.push({ day: pickDeadline(rng, s.task.assignedDay, completed, null), from: month });
        }
      });

      // The rest of the month's moves come from the tasks in progress and the new ones.
      const pool = [...open, ...fresh];
      const stayOverdue = overdue.length;
      const needOverdue = target.overdue - stayOverdue;
      const needLate = dLate - toLateFromOverdue;
      const needOnTime = dOnTime - extendedToDone;
      if (needOverdue < 0 || needLate < 0 || needOnTime < 0) {
        throw new Error(`Inconsistent task counts for ${scope} ${code} in ${year}-${month}`);
      }
      // Older tasks pass their deadline first; a task given on the last day cannot be late that month.
      const candidates = pool
        .filter((s) => s.task.assignedDay < end)
        .map((s) => ({ s, order: s.task.assignedDay + rng.uniform(0, 45) }))
        .sort((a, b) => a.order - b.order)
        .map((c) => c.s);
      const passing = candidates.slice(0, needOverdue + needLate);
      if (passing.length < needOverdue + needLate) {
        throw new Error(`Too few tasks to pass their deadline for ${scope} ${code} in ${year}-${month}`);
      }
      shuffle(rng, passing);
      passing.forEach((s, i) => {
        const deadline = pickDeadline(
          rng,
          s.task.assignedDay,
          Math.max(s.lower, s.task.assignedDay),
          end - 1,
        );
        s.task.deadlines.push({ day: deadline, from: s.segmentFrom });
        if (i < needLate) {
          s.state = State.Late;
          s.task.completedDay = rng.int(deadline + 1, end);
        } else {
          s.state = State.Overdue;
        }
      });
      const passed = new Set(passing);
      const remaining = pool.filter((s) => !passed.has(s));
      shuffle(rng, remaining);
      const finishing = remaining.slice(0, needOnTime);
      if (finishing.length < needOnTime) {
        throw new Error(`Too few tasks to complete for ${scope} ${code} in ${year}-${month}`);
      }
      for (const s of finishing) {
        s.state = State.OnTime;
        const completed = rng.int(Math.max(start, s.task.assignedDay), end);
        s.task.completedDay = completed;
        s.task.deadlines.push({
          day: pickDeadline(rng, s.task.assignedDay, Math.max(completed, s.lower), null),
          from: s.segmentFrom,
        });
      }

      // Whatever is left is in progress at the month end: its deadline is at least that day.
      open.length = 0;
      for (const s of [...remaining.slice(needOnTime), ...extended]) {
        if (s.state !== State.InProgress) continue;
        s.lower = end;
        open.push(s);
      }
      for (const s of passing) if (s.state === State.Overdue) overdue.push(s);
      if (open.length !== target.inProgress || overdue.length !== target.overdue) {
        throw new Error(`Register of ${scope} ${code} does not match the summary in ${year}-${month}`);
      }
      previous = target;
    }
    // Tasks still open at the year end are due later.
    for (const s of open) {
      const rng = new Rng(seed, 'task-deadline', s.task.id);
      s.task.deadlines.push({
        day: pickDeadline(rng, s.task.assignedDay, s.lower, null),
        from: s.segmentFrom,
      });
    }
    for (const task of tasks) {
      const rng = new Rng(seed, 'task-text', task.id);
      const body = taskText(rng, {
        scope,
        code,
        year,
        month: task.month,
        kind: task.directive.kind,
      });
      const first = task.deadlines[0]?.day;
      task.text = first === undefined ? body : `${body}${deadlineClause(rng, dateOfDay(first))}`;
    }
    return tasks;
  }

  function yearTasks(scope: Scope, year: number): readonly RegisterTask[] {
    const key = `${scope}:${year}`;
    let tasks = years.get(key);
    if (!tasks) {
      tasks = latentCodes(scope).flatMap((code) => simulate(scope, code, year));
      years.set(key, tasks);
    }
    return tasks;
  }

  function snapshot(scope: Scope, year: number, month: number): readonly TaskRecord[] {
    const key = `${scope}:${year}:${month}`;
    const cached = snapshots.get(key);
    if (cached) return cached;
    const asOf = periodEnd(monthPeriod(year, month));
    const era: EraId = scope === 'province' ? provinceEraAt(asOf) : ministryEraAt(asOf);
    const agencyOf = (latent: string): string => {
      if (era === '34') return successor63.get(latent) ?? latent;
      if (era === '17') return successor22.get(latent) ?? latent;
      return latent;
    };
    const asOfDay = dayNumber(asOf);
    const rows: TaskRecord[] = [];
    for (const task of yearTasks(scope, year)) {
      if (task.assignedDay > asOfDay) continue;
      rows.push(recordAt(task, month, asOf, asOfDay, agencyOf(task.latent)));
    }
    // A few snapshots are kept: a board reads one period, a test walks them all once.
    if (snapshots.size > 8) snapshots.delete(snapshots.keys().next().value ?? '');
    snapshots.set(key, rows);
    return rows;
  }

  function latentCounts(
    scope: Scope,
    year: number,
    month: number,
    keyOnly: boolean,
  ): ReadonlyMap<string, LatentCounts> {
    const asOf = periodEnd(monthPeriod(year, month));
    const asOfDay = dayNumber(asOf);
    const counts = new Map<string, LatentCounts>(
      latentCodes(scope).map((c) => [
        c,
        { assigned: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0, keyTasks: 0 },
      ]),
    );
    for (const task of yearTasks(scope, year)) {
      if (task.assignedDay > asOfDay || (keyOnly && !task.key)) continue;
      const c = counts.get(task.latent);
      if (!c) continue;
      const status = taskStatusAt(datesAt(task, month, asOfDay), asOf);
      c.assigned++;
      if (task.key) c.keyTasks++;
      if (status === 'done-on-time') c.doneOnTime++;
      else if (status === 'done-late') c.doneLate++;
      else if (status === 'in-progress') c.inProgress++;
      else if (status === 'overdue') c.overdue++;
    }
    return counts;
  }

  return { snapshot, latentCounts };
}

function datesAt(
  task: RegisterTask,
  month: number,
  asOfDay: number,
): { assigned: IsoDate; deadline: IsoDate; completed: IsoDate | null } {
  let deadline = task.deadlines[0]?.day ?? asOfDay;
  for (const d of task.deadlines) if (d.from <= month) deadline = d.day;
  return {
    assigned: dateOfDay(task.assignedDay),
    deadline: dateOfDay(deadline),
    completed:
      task.completedDay !== null && task.completedDay <= asOfDay ? dateOfDay(task.completedDay) : null,
  };
}

function recordAt(
  task: RegisterTask,
  month: number,
  asOf: IsoDate,
  asOfDay: number,
  agency: string,
): TaskRecord {
  const dates = datesAt(task, month, asOfDay);
  const status = taskStatusAt(dates, asOf);
  if (status === null) throw new Error(`Task ${task.id} is not assigned by ${asOf}`);
  const inForce = task.deadlines.filter((d) => d.from <= month);
  const first = task.deadlines[0];
  return {
    id: task.id,
    directive: task.directive,
    text: task.text,
    scope: task.scope,
    agency,
    key: task.key,
    assigned: dates.assigned,
    deadline: dates.deadline,
    ...(inForce.length > 1 && first ? { originalDeadline: dateOfDay(first.day) } : {}),
    completed: dates.completed,
    status,
    daysOverdue: daysOverdueAt(dates, asOf),
  };
}

/** The 15th and the last day of every month the register can need, as day numbers, ascending. */
const NICE_DAYS: readonly number[] = (() => {
  const days: number[] = [];
  for (let year = FIRST_YEAR; year <= FIRST_YEAR + 12; year++) {
    for (let month = 1; month <= 12; month++) {
      days.push(dayNumber(`${year}-${String(month).padStart(2, '0')}-15`));
      days.push(dayNumber(periodEnd(monthPeriod(year, month))));
    }
  }
  return days;
})();

/** Index of the first value ≥ `x` in the ascending `values` (binary search). */
function firstAtOrAfter(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((values[mid] ?? Number.POSITIVE_INFINITY) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function pickKind(rng: Rng, scope: Scope): DirectiveKind {
  const u = rng.next();
  for (const [kind, cumulative] of KIND_WEIGHTS[scope]) if (u < cumulative) return kind;
  return 'notice';
}

function keyWeight(rng: Rng, kind: DirectiveKind): number {
  const base = kind === 'resolution' || kind === 'directive' ? 1.6 : kind === 'notice' ? 1.3 : 1;
  return base * rng.next();
}

/** How a directive states the deadline in the task itself, when it does. */
function deadlineClause(rng: Rng, deadline: IsoDate): string {
  const [year, month, day] = deadline.split('-');
  const u = rng.next();
  if (u < 0.35) return `; báo cáo Thủ tướng Chính phủ trước ngày ${day}/${month}/${year}`;
  if (u < 0.5 && addDays(deadline, 1).endsWith('-01'))
    return `; hoàn thành trong tháng ${Number(month)}/${year}`;
  return '';
}

function weekdaysOf(year: number, month: number): number[] {
  const first = dayNumber(periodStart(monthPeriod(year, month)));
  const last = dayNumber(periodEnd(monthPeriod(year, month)));
  const days: number[] = [];
  for (let d = first; d <= last; d++) if (isWeekday(dateOfDay(d))) days.push(d);
  return days;
}

function shuffle(rng: Rng, items: unknown[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    const a = items[i];
    const b = items[j];
    if (a !== undefined && b !== undefined) {
      items[i] = b;
      items[j] = a;
    }
  }
}
