import { ConfigError } from '@mnio/platform';
import { loadCoordinationConfig } from './coordination.config';

// Read through the platform's readers: a bad setting is a ConfigError naming the variable (exit 78 at boot).
describe('coordination settings', () => {
  it.each([
    ['MNIO_BREAK_GLASS_MINUTES', '3h'],
    ['MNIO_BREAK_GLASS_DAILY_LIMIT', '0'],
    ['MNIO_CELL_UPCOMING_DAYS', '91'],
    ['MNIO_CELL_DASHBOARD_COUNTS_SECONDS', '-1'],
  ])('refuse a bad %s by its name', (name, value) => {
    expect(() => loadCoordinationConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadCoordinationConfig({ [name]: value })).toThrow(`Invalid configuration: ${name} must be an integer between`);
  });

  it('take their defaults', () => {
    expect(loadCoordinationConfig({})).toEqual({ breakGlassMinutes: 180, breakGlassDailyLimit: 5, upcomingDays: 14, dashboardCountsSeconds: 0, dashboardCountsSource: 'maintained' });
    expect(() => loadCoordinationConfig({ MNIO_CELL_DASHBOARD_COUNTS_FROM: 'cache' })).toThrow('MNIO_CELL_DASHBOARD_COUNTS_FROM must be one of maintained, cases');
    expect(loadCoordinationConfig({ MNIO_CELL_DASHBOARD_COUNTS_FROM: 'cases' }).dashboardCountsSource).toBe('cases');
  });
});
