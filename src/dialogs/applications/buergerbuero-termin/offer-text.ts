/**
 * The words before the three offered slots. When the wish could not be met, the reply first says why (the
 * day has passed, lies after the booking window, the Bürgerbüro is closed or not open at that time, too
 * short notice, everything booked), so that the citizen understands why other slots are offered.
 */
import type { DialogText } from '../../schema.js';
import { describeOffer } from './booking.js';
import { formatDate, type IsoDate } from './calendar.js';
import { hasTimeOfDay, type NoFit, type Offer, type Slot, type SlotWish } from './slots.js';

/** "07:30" -> "7:30": as times are said in a sentence. */
function spoken(clock: string): string {
  return clock.replace(/^0(\d)/, '$1');
}

/** "von 7:30 bis 13:00 Uhr und von 14:00 bis 16:00 Uhr" / "from 7:30 to 13:00 and from 14:00 to 16:00". */
function openingHours(periods: string[]): { de: string; en: string } {
  const parts = periods.map((period) => period.split('-').map(spoken));
  return {
    de: parts.map(([from, to]) => `von ${from ?? ''} bis ${to ?? ''} Uhr`).join(' und '),
    en: parts.map(([from, to]) => `from ${from ?? ''} to ${to ?? ''}`).join(' and '),
  };
}

function days(from: IsoDate, to: IsoDate): { de: string; en: string } {
  return from === to
    ? { de: formatDate(from, 'de'), en: formatDate(from, 'en') }
    : { de: `${formatDate(from, 'de')} bis ${formatDate(to, 'de')}`, en: `${formatDate(from, 'en')} to ${formatDate(to, 'en')}` };
}

function duration(minutes: number): { de: string; en: string } {
  if (minutes % 60 === 0) {
    const hours = minutes / 60;
    return { de: `${hours} ${hours === 1 ? 'Stunde' : 'Stunden'}`, en: `${hours} ${hours === 1 ? 'hour' : 'hours'}` };
  }
  return { de: `${minutes} Minuten`, en: `${minutes} minutes` };
}

function closedText(why: Extract<NoFit, { kind: 'closed' }>): DialogText {
  if (why.from !== why.to) {
    return { de: 'An diesen Tagen ist das Bürgerbüro geschlossen.', en: "The citizens' office is closed on those days.", plain: 'An diesen Tagen ist das Bürgerbüro geschlossen.' };
  }
  const day = days(why.from, why.to);
  // Heiligabend and Silvester are no public holidays: named as the day off they are in the public service.
  const holiday = why.holiday
    ? { de: ` (Feiertag: ${why.holiday.de})`, en: ` (public holiday: ${why.holiday.en})`, plain: '. Da ist ein Feiertag' }
    : why.dayOff
      ? { de: ` (${why.dayOff.de}: im öffentlichen Dienst arbeitsfrei)`, en: ` (${why.dayOff.en}: a day off in the public service)`, plain: `. Da ist ${why.dayOff.de}` }
      : { de: '', en: '', plain: '' };
  return {
    de: `Am ${day.de}, ist das Bürgerbüro geschlossen${holiday.de}.`,
    en: `The citizens' office is closed on ${day.en}${holiday.en}.`,
    plain: `Am ${day.de} ist das Bürgerbüro geschlossen${holiday.plain}.`,
  };
}

function hoursText(why: Extract<NoFit, { kind: 'hours' }>): DialogText {
  if (!why.date || why.periods.length === 0) {
    return { de: 'Zu dieser Uhrzeit hat das Bürgerbüro nicht geöffnet.', en: "The citizens' office is not open at that time.", plain: 'Um diese Uhrzeit ist das Bürgerbüro nicht offen.' };
  }
  const day = days(why.date, why.date);
  const open = openingHours(why.periods);
  return {
    de: `Am ${day.de}, ist das Bürgerbüro nur ${open.de} geöffnet.`,
    en: `On ${day.en} the citizens' office is only open ${open.en}.`,
    plain: `Am ${day.de} ist das Bürgerbüro nur ${open.de} offen.`,
  };
}

/** The reason, in the three voices. */
export function noFitText(why: NoFit): DialogText {
  switch (why.kind) {
    case 'past': {
      const day = days(why.from, why.to);
      return why.from === why.to
        ? { de: `${day.de}, ist schon vorbei.`, en: `${day.en} has already passed.`, plain: 'Dieser Tag ist schon vorbei.' }
        : { de: `Die Tage ${day.de} sind schon vorbei.`, en: `${day.en} has already passed.`, plain: 'Diese Tage sind schon vorbei.' };
    }
    case 'beyond': {
      const last = days(why.last, why.last);
      return { de: `Termine kann ich nur bis ${last.de}, buchen.`, en: `I can only book appointments up to ${last.en}.`, plain: `Ich kann Termine nur bis ${last.de} buchen.` };
    }
    case 'closed':
      return closedText(why);
    case 'hours':
      return hoursText(why);
    case 'too_soon': {
      if (why.passed) return { de: 'Diese Uhrzeit ist heute schon vorbei.', en: 'That time has already passed today.', plain: 'Diese Uhrzeit ist heute schon vorbei.' };
      const notice = duration(why.minutes);
      return {
        de: `So kurzfristig kann ich keinen Termin buchen: frühestens ${notice.de} vorher.`,
        en: `That is too soon: I can only book appointments at least ${notice.en} ahead.`,
        plain: `Das ist zu knapp. Einen Termin gibt es frühestens in ${notice.de}.`,
      };
    }
    case 'booked':
      return why.dated
        ? { de: 'An diesen Tagen ist nichts mehr frei.', en: 'Nothing is free on those days.', plain: 'An dem Tag ist nichts frei.' }
        : { de: 'Zu Ihrem Wunsch ist nichts frei.', en: 'Nothing is free for your wish.', plain: 'Zu Ihrem Wunsch ist nichts frei.' };
  }
}

/** What the offered slots are, given how the wish was relaxed. */
function leadText(offer: Offer, wish: SlotWish): DialogText {
  if (offer.relaxed === 'none') return { de: 'Diese Termine sind frei:', en: 'These slots are free:', plain: 'Diese Termine sind frei:' };
  if (offer.relaxed === 'dates' && hasTimeOfDay(wish)) {
    return { de: 'Zur gewünschten Uhrzeit sind diese Termine frei:', en: 'At the time you asked for, these slots are free:', plain: 'Zu Ihrer Uhrzeit sind diese Termine frei:' };
  }
  if (offer.why?.kind === 'beyond') return { de: 'Die spätesten freien Termine sind:', en: 'The latest free slots are:', plain: 'Diese Termine sind frei:' };
  return { de: 'Die nächsten freien Termine sind:', en: 'The next free slots are:', plain: 'Diese Termine sind frei:' };
}

/** The reason (if the wish was relaxed) and what the list is: said before the numbered slots. */
export function offerIntro(offer: Offer, wish: SlotWish): DialogText {
  const lead = leadText(offer, wish);
  if (!offer.why) return lead;
  const why = noFitText(offer.why);
  return { de: `${why.de} ${lead.de}`, en: `${why.en} ${lead.en}`, plain: `${why.plain} ${lead.plain}` };
}

/**
 * The slots on offer once more, for when the choice is asked again without a new offer (after a side question,
 * "wie bitte", "zurück", "blau" instead of a number): "Antworten Sie mit seiner Nummer" means nothing to a caller,
 * who never sees the buttons.
 */
export function offerAgain(offers: ReadonlyArray<Pick<Slot, 'date' | 'minutes'>>): DialogText | undefined {
  if (offers.length === 0) return undefined;
  const de = describeOffer(offers, 'de');
  return {
    de: `Zur Auswahl stehen diese Termine:\n${de}`,
    en: `These are the slots on offer:\n${describeOffer(offers, 'en')}`,
    plain: `Diese Termine können Sie nehmen:\n${de}`,
  };
}
