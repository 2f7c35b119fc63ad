// Parses an .ics file with ical.js (an independent RFC 5545 parser) and prints what it understood as
// JSON, so the .NET tests can compare it with what OzaBot meant to write.
// Usage: node parse-ics.mjs <file.ics> [maxOccurrences]
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const [file, max = '60'] = process.argv.slice(2);
const root = new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8')));

for (const vtimezone of root.getAllSubcomponents('vtimezone')) {
  ICAL.TimezoneService.register(vtimezone);
}

const text = (component, name) => component.getFirstPropertyValue(name);
const person = (property) => ({
  value: property.getFirstValue(),
  cn: property.getParameter('cn') ?? null,
  role: property.getParameter('role') ?? null,
  partstat: property.getParameter('partstat') ?? null,
  rsvp: property.getParameter('rsvp') ?? null,
});
const time = (property) => {
  const value = property.getFirstValue();
  return { tzid: property.getParameter('tzid') ?? null, local: value.toString(), utc: value.toJSDate().toISOString() };
};

const events = root.getAllSubcomponents('vevent').map((vevent) => {
  const event = new ICAL.Event(vevent);
  const occurrences = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && occurrences.length < Number(max); next = iterator.next()) {
    occurrences.push(next.toJSDate().toISOString());
  }
  const rrule = vevent.getFirstPropertyValue('rrule');
  return {
    uid: event.uid,
    dtstamp: text(vevent, 'dtstamp').toJSDate().toISOString(),
    sequence: event.sequence,
    summary: event.summary,
    description: event.description,
    location: event.location ?? null,
    status: text(vevent, 'status'),
    organizer: person(vevent.getFirstProperty('organizer')),
    attendees: vevent.getAllProperties('attendee').map(person),
    start: time(vevent.getFirstProperty('dtstart')),
    end: time(vevent.getFirstProperty('dtend')),
    rrule: rrule ? rrule.toString() : null,
    isRecurring: event.isRecurring(),
    occurrences,
  };
});

process.stdout.write(JSON.stringify({
  prodid: text(root, 'prodid'),
  version: text(root, 'version'),
  method: text(root, 'method'),
  timezones: root.getAllSubcomponents('vtimezone').map((tz) => text(tz, 'tzid')),
  events,
}));
