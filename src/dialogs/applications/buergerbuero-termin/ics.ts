/**
 * The calendar file for a booked appointment (RFC 5545): CRLF lines, a VTIMEZONE for the city's zone and
 * DTSTART/DTEND with TZID, so calendars show the wall-clock time of the Bürgerbüro wherever they are.
 */
import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { tzlib_get_ical_block } from 'timezones-ical-library';

export interface IcsAppointment {
  code: string;
  /** UTC instants. */
  startsAt: string;
  endsAt: string;
  summary: string;
  description: string;
  location: string;
  timeZone: string;
  /** Host name for the UID ("stadtlotse.dueren.de"). */
  uidDomain: string;
  stamp: Date;
  cancelled?: boolean;
}

export function appointmentIcs(a: IcsAppointment): string {
  const calendar = ical({
    prodId: { company: 'Stadtlotse', product: 'Buergerbuero', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null },
  });
  calendar.createEvent({
    id: `${a.code}@${a.uidDomain}`,
    start: new TZDate(Date.parse(a.startsAt), a.timeZone),
    end: new TZDate(Date.parse(a.endsAt), a.timeZone),
    timezone: a.timeZone,
    stamp: a.stamp,
    summary: a.summary,
    description: a.description,
    location: a.location,
    status: a.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
