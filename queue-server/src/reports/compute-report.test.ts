import { describe, expect, it } from 'vitest';
import { demoCentre } from '../config/demo-centre';
import { computeReport, hourIn } from './compute-report';
import type { ReportRecords } from './report-rows';

const query = { from: '2026-10-01', to: '2026-10-31' };
const now = new Date('2026-10-20T03:00:00.000Z'); // 10:00 on 20 October in Vietnam
const empty: ReportRecords = { tickets: [], dossiers: [], ratings: [] };

describe('computeReport', () => {
  it('takes hours in the centre time zone', () => {
    expect(hourIn('2026-10-01T00:30:00.000Z', 'Asia/Ho_Chi_Minh')).toBe(7);
    expect(hourIn('2026-10-01T16:59:00.000Z', 'Asia/Ho_Chi_Minh')).toBe(23);
    expect(hourIn('2026-10-01T17:00:00.000Z', 'Asia/Ho_Chi_Minh')).toBe(0);
  });

  it('judges dossiers by the Vietnamese date of finishing against the return date', () => {
    const report = computeReport(
      query,
      {
        ...empty,
        dossiers: [
          // Returned at 23:30 on the return date, Vietnam time (16:30 UTC): on time.
          {
            status: 10,
            statusAt: '2026-10-10T16:30:00.000Z',
            returnedAt: '2026-10-10T16:30:00.000Z',
            returnDate: '2026-10-10',
          },
          // Processed at 00:30 the day after (17:30 UTC the same UTC day): late.
          {
            status: 9,
            statusAt: '2026-10-10T17:30:00.000Z',
            returnedAt: null,
            returnDate: '2026-10-10',
          },
          // Still processing, return date passed: late; return date today: pending.
          {
            status: 4,
            statusAt: '2026-10-05T03:00:00.000Z',
            returnedAt: null,
            returnDate: '2026-10-19',
          },
          {
            status: 4,
            statusAt: '2026-10-05T03:00:00.000Z',
            returnedAt: null,
            returnDate: '2026-10-20',
          },
        ],
      },
      demoCentre,
      now,
    );
    expect(report.dossiers).toEqual({ received: 4, onTime: 1, late: 2, pending: 1 });
  });

  it('counts five-level presses each at its own level and rates satisfied shares', () => {
    const rating = (level: string, officerId: string | null) => ({
      level,
      officerId,
      counterId: 'quay-1',
      serviceId: 'ho-tich',
    });
    const report = computeReport(
      query,
      {
        ...empty,
        ratings: [
          rating('very-satisfied', 'can-bo-1'),
          rating('satisfied', 'can-bo-1'),
          rating('neutral', 'can-bo-1'),
          rating('very-dissatisfied', null),
        ],
      },
      demoCentre,
      now,
    );
    expect(report.satisfaction.find((row) => row.scope === 'total')).toMatchObject({
      total: 4,
      verySatisfied: 1,
      satisfied: 1,
      neutral: 1,
      dissatisfied: 0,
      veryDissatisfied: 1,
      satisfactionRate: 50,
    });
    expect(report.satisfaction.find((row) => row.scope === 'officer')).toMatchObject({
      id: 'can-bo-1',
      name: 'Nguyễn Văn An',
      total: 3,
      satisfactionRate: 66.7,
    });
  });

  it('counts waits of called tickets only and service times of served ones only', () => {
    const report = computeReport(
      query,
      {
        ...empty,
        tickets: [
          {
            state: 'done',
            issuedAt: '2026-10-01T01:00:00.000Z',
            calledAt: '2026-10-01T01:10:00.000Z',
            servingStartedAt: '2026-10-01T01:11:00.000Z',
            finishedAt: '2026-10-01T01:16:00.000Z',
          },
          {
            state: 'no-show',
            issuedAt: '2026-10-01T01:00:00.000Z',
            calledAt: '2026-10-01T01:20:00.000Z',
            servingStartedAt: null,
            finishedAt: '2026-10-01T01:23:00.000Z',
          },
          {
            state: 'cancelled',
            issuedAt: '2026-10-01T02:00:00.000Z',
            calledAt: null,
            servingStartedAt: null,
            finishedAt: null,
          },
        ],
      },
      demoCentre,
      now,
    );
    expect(report.tickets).toEqual({ issued: 3, served: 1, noShow: 1, cancelled: 1 });
    expect(report.waiting).toEqual({
      count: 2,
      meanSeconds: 900,
      medianSeconds: 900,
      p90Seconds: 1200,
    });
    expect(report.service).toEqual({
      count: 1,
      meanSeconds: 300,
      medianSeconds: 300,
      p90Seconds: 300,
    });
    expect(report.hours.map((row) => [row.hour, row.issued])).toEqual([
      [8, 2],
      [9, 1],
    ]);
  });
});
