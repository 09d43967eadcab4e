/**
 * GET /api/appointments/<code>.ics: the calendar file of a booked appointment (no name in it; the code is
 * the key, as in chat). A cancelled appointment is served with STATUS:CANCELLED so calendars drop it; the
 * UID's domain comes from the profile's website and SEQUENCE grows with each move and the cancellation (ics.ts).
 * Wrong codes are limited per client and overall, as resume codes are: otherwise the route answered 200 or 404
 * to anyone trying codes at the /api rate (tester-n 7).
 */
import { Hono } from 'hono';
import { AppError } from '../../core/app-error.js';
import { appointmentCalendarFile } from '../../dialogs/applications/buergerbuero-termin/booking.js';
import { CODE_PATTERN } from '../../dialogs/applications/buergerbuero-termin/code.js';
import type { AppContext, AppPlugin } from '../app-context.js';
import type { AppEnv } from '../app-env.js';
import { guessingGuard, type GuessingGuardOptions } from '../guessing-guard.js';

export type AppointmentRouteOptions = GuessingGuardOptions;

export function appointmentRoutes(context: AppContext, options: AppointmentRouteOptions = {}): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const guard = guessingGuard(options, { perKey: 10, overall: 500 }, { field: 'code', reason: 'Too many unknown codes. Please try again later.' });
  app.get('/:file', async (c) => {
    const lookup = guard.check(c, context.now().getTime());
    const match = /^([A-Za-z0-9]+)\.ics$/.exec(c.req.param('file'));
    const code = match?.[1]?.toUpperCase() ?? '';
    if (!CODE_PATTERN.test(code)) throw new AppError(400, 'invalid_code', 'Use the 6-character confirmation code followed by .ics, e.g. /api/appointments/ACH346.ics.', { field: 'code' });
    const appointment = await context.store.getAppointment(code);
    if (!appointment) {
      lookup.miss();
      throw new AppError(404, 'appointment_not_found', 'No appointment with this confirmation code.', { field: 'code' });
    }
    const locale = c.req.query('lang') === 'en' ? 'en' : 'de';
    const body = appointmentCalendarFile(context.content(), appointment, locale, context.now());
    c.header('Content-Type', 'text/calendar; charset=utf-8');
    c.header('Content-Disposition', `attachment; filename="termin-${code}.ics"`);
    c.header('Cache-Control', 'no-store');
    return c.body(body);
  });
  return app;
}

export function appointmentPlugin(options: AppointmentRouteOptions = {}): AppPlugin {
  return (app, context) => {
    app.route('/api/appointments', appointmentRoutes(context, options));
  };
}
