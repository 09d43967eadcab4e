/**
 * The calendar file for a booked appointment (RFC 5545): CRLF lines, a VTIMEZONE for the city's zone and
 * DTSTART/DTEND with TZID, so calendars show the wall-clock time of the Bürgerbüro wherever they are.
 * The same UID with a higher SEQUENCE replaces the entry a calendar already has (RFC 5545 3.8.7.4): a moved
 * appointment moves, a cancelled one is marked cancelled (tester-o D1).
 *
 * A cancellation stays METHOD:PUBLISH with STATUS:CANCELLED. METHOD:CANCEL is an iTIP scheduling message
 * (RFC 5546 3.2.5) that needs ORGANIZER and ATTENDEE: the file has neither (no e-mail addresses are kept),
 * and Outlook refuses such a file as "not supported". PUBLISH with STATUS:CANCELLED is valid without them.
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
  /** Domain for the UID ("www.dueren.de"): fixed, or the same appointment would get another UID per host name. */
  uidDomain: string;
  stamp: Date;
  /** RFC 5545 SEQUENCE: 0 when booked, higher after every move and after the cancellation. */
  sequence: number;
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
    sequence: a.sequence,
    summary: a.summary,
    description: a.description,
    location: a.location,
    status: a.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
