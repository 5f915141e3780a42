import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { sentenceText, type HeadlineSentence } from '../../domain/headline.ts';
import { TASK_FIGURES, tasksHeadline, type TasksHeadlineInput } from '../../domain/headline-tasks.ts';
import { monthPeriod } from '../../domain/period.ts';
import type { TaskCounts } from '../../domain/tasks.ts';
import type { Locale } from '../../domain/units.ts';
import { I18nProvider } from '../../i18n/i18n.tsx';
import { Headline, useHeadlineContext } from './headline.tsx';

function counts(assigned: number, doneOnTime: number, doneLate: number, overdue: number): TaskCounts {
  return {
    assigned,
    doneOnTime,
    doneLate,
    inProgress: assigned - doneOnTime - doneLate - overdue,
    overdue,
    keyTasks: 0,
  };
}

const input: TasksHeadlineInput = {
  period: monthPeriod(2026, 10),
  national: counts(9831, 7100, 792, 319),
  nationalLastYear: counts(9500, 6900, 760, 300),
  ministries: [
    { code: 'TC', counts: counts(900, 700, 90, 25) },
    { code: 'XD', counts: counts(700, 500, 60, 12) },
  ],
  nameOf: (_scope, code) => ({ TC: 'Bộ Tài chính', XD: 'Bộ Xây dựng' })[code] ?? code,
};

/** The panels of a tasks board as its builder would map the figures to them. */
function panelOf(figure: string): string {
  if (figure.startsWith('tasks.national.')) return 'tasks-summary';
  return 'tasks-bars';
}

/** A board page in miniature: the headline of the input, then the two panels its numbers link to. */
function Board({ input: data }: { input: TasksHeadlineInput }) {
  const ctx = useHeadlineContext();
  return (
    <>
      <Headline sentences={tasksHeadline(data, ctx)} panelOf={panelOf} />
      <section id="tasks-summary" aria-label="summary" />
      <section id="tasks-bars" aria-label="bars" />
    </>
  );
}

function renderIn(locale: Locale, data: TasksHeadlineInput = input) {
  return render(
    <I18nProvider locale={locale}>
      <Board input={data} />
    </I18nProvider>,
  );
}

describe('the headline', () => {
  it('writes the sentences of the generator, numbers as links to the panel each comes from', async () => {
    renderIn('vi');
    const headline = await screen.findByRole('group', { name: 'Tóm tắt' }, { timeout: 5000 });
    const sentences = within(headline).getAllByRole('paragraph');
    expect(sentences[0]?.textContent).toBe(
      '10 tháng năm 2026, cả nước có 9.831 nhiệm vụ được giao; đã hoàn thành 80,3%, quá hạn 319 nhiệm vụ (3,24%).',
    );
    const assigned = within(headline).getByRole('link', { name: '9.831' });
    expect(assigned.getAttribute('href')).toBe('#tasks-summary');
    expect(assigned.dataset.figure).toBe(TASK_FIGURES.assigned);
    // The agency with the most overdue tasks links to the bars, where its 25 overdue tasks are drawn.
    const worst = within(headline).getByRole('link', { name: '25' });
    expect(worst.getAttribute('href')).toBe('#tasks-bars');
    expect(worst.dataset.figure).toBe(TASK_FIGURES.agencyOverdue('ministry', 'TC'));
  });

  it('moves the focus to the panel a number comes from', async () => {
    const user = userEvent.setup();
    renderIn('vi');
    await user.click(await screen.findByRole('link', { name: '25' }, { timeout: 5000 }));
    expect(document.activeElement?.id).toBe('tasks-bars');
    await user.click(screen.getByRole('link', { name: '319' }));
    expect(document.activeElement?.id).toBe('tasks-summary');
  });

  it('speaks English with the same numbers and links', async () => {
    renderIn('en');
    const headline = await screen.findByRole('group', { name: 'Summary' }, { timeout: 5000 });
    const first = within(headline).getAllByRole('paragraph')[0];
    expect(first?.textContent).toBe(
      'Jan–Oct 2026: 9,831 tasks assigned nationwide; 80.3% completed, 319 overdue (3.24%).',
    );
    expect(within(headline).getByRole('link', { name: '9,831' }).getAttribute('href')).toBe('#tasks-summary');
  });

  it('shows nothing when the generator has no sentence', async () => {
    const { container } = renderIn('vi', {
      ...input,
      national: null,
      nationalLastYear: null,
      ministries: [],
    });
    await screen.findByRole('region', { name: 'summary' }, { timeout: 5000 });
    expect(container.querySelector('.headline')).toBeNull();
  });

  it('keeps the text of a sentence exactly as the generator wrote it', async () => {
    const sentence: HeadlineSentence = [
      { kind: 'text', text: 'Cả nước: ' },
      { kind: 'number', text: '80,3%', value: 80.3, figure: 'x' },
      { kind: 'text', text: '.' },
    ];
    render(
      <I18nProvider locale="vi">
        <Headline sentences={[sentence]} panelOf={() => 'p'} />
      </I18nProvider>,
    );
    const paragraph = await screen.findByText(/Cả nước/, {}, { timeout: 5000 });
    expect(paragraph.textContent).toBe(sentenceText(sentence));
  });
});
