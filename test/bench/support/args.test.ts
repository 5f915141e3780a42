import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, parseBenchArgs, SECTIONS, UsageError } from './args.ts';

describe('the flags of npm run bench', () => {
  it('runs every section with three Lighthouse runs by default', () => {
    const { options, help } = parseBenchArgs([]);
    expect(options.sections).toEqual(SECTIONS);
    expect(options.runs).toBe(3);
    expect(options.build).toBe(true);
    expect(help).toBe(false);
  });

  it.each([
    [['--runs', '5'], 5],
    [['--runs=7'], 7],
  ])('%j sets the Lighthouse runs', (argv, runs) => {
    expect(parseBenchArgs(argv).options.runs).toBe(runs);
  });

  it('--only keeps the named sections in running order', () => {
    expect(parseBenchArgs(['--only', 'scale,bytes']).options.sections).toEqual(['bytes', 'scale']);
  });

  it('--lighthouse measures the first load with Lighthouse, and its runs reach it', () => {
    const { options } = parseBenchArgs(['--lighthouse', '--runs', '1']);
    expect(options.sections).toEqual(['bytes', 'lighthouse']);
    expect(options.runs).toBe(1);
  });

  it('--skip drops sections', () => {
    expect(parseBenchArgs(['--skip=soak,lighthouse']).options.sections).not.toContain('soak');
    expect(parseBenchArgs(['--skip=soak,lighthouse']).options.sections).not.toContain('lighthouse');
  });

  it('reads the soak, CPU and switch settings', () => {
    const { options } = parseBenchArgs([
      '--soak-url',
      '/kiosk?dwell=5',
      '--soak-rotations',
      '20',
      '--cpu',
      '6',
      '--switches',
      '40',
      '--no-build',
      '--dist',
      'other',
    ]);
    expect(options).toMatchObject({
      soakUrl: '/kiosk?dwell=5',
      soakRotations: 20,
      cpu: 6,
      switches: 40,
      build: false,
      dist: 'other',
    });
  });

  it.each([
    [['--lighthous'], /unknown flag --lighthous/],
    [['--only', 'bytes,speed'], /not a section: speed/],
    [['--runs', '0'], /--runs: an integer ≥ 1/],
    [['--runs'], /--runs needs a value/],
    [['--switches', '10'], /--switches: an integer ≥ 30/],
    [['--soak-url', 'kiosk'], /--soak-url: a path/],
    [['--dist', 'x'], /add --no-build/],
    [['--only', 'soak', '--skip', 'soak'], /no section left/],
    [['--no-build=1'], /takes no value/],
    [['bytes'], /unexpected argument 'bytes'/],
  ])('refuses %j rather than ignore it', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(UsageError);
    expect(() => parseBenchArgs(argv)).toThrow(message);
  });

  it('--help asks for the usage', () => {
    expect(parseBenchArgs(['--help'])).toEqual({ options: DEFAULT_OPTIONS, help: true });
  });
});
