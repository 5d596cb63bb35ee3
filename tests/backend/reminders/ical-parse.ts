// Reads an exported .ics back with ical.js (an independent parser) into plain typed values, so the tests
// check what a calendar app would see rather than the strings we wrote.
import ICAL from 'ical.js';

export interface ParsedAlarm {
  action: string;
  /** The TRIGGER duration as written, e.g. '-P6DT15H'. */
  trigger: string;
  triggerSeconds: number;
  related: string | null;
  description: string;
}

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  /** DTSTART as 'YYYY-MM-DD' when it is a DATE value, else the full time string. */
  start: string;
  startIsDate: boolean;
  end: string;
  endIsDate: boolean;
  stamp: string;
  alarms: ParsedAlarm[];
}

export interface ParsedCalendar {
  name: string;
  version: string;
  prodId: string;
  calName: string;
  events: ParsedEvent[];
}

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  if (typeof value !== 'string') throw new Error(`${component.name}: ${name} is not text`);
  return value;
}

function time(component: ICAL.Component, name: string): ICAL.Time {
  const value = component.getFirstPropertyValue(name);
  if (!(value instanceof ICAL.Time)) throw new Error(`${component.name}: ${name} is not a date or time`);
  return value;
}

function alarm(component: ICAL.Component): ParsedAlarm {
  const property = component.getFirstProperty('trigger');
  const value = property?.getFirstValue();
  if (!property || !(value instanceof ICAL.Duration)) throw new Error('VALARM: TRIGGER is not a duration');
  const related: unknown = property.getParameter('related');
  return {
    action: text(component, 'action'),
    trigger: value.toString(),
    triggerSeconds: value.toSeconds(),
    related: typeof related === 'string' ? related : null,
    description: text(component, 'description'),
  };
}

function event(component: ICAL.Component): ParsedEvent {
  const start = time(component, 'dtstart');
  const end = time(component, 'dtend');
  return {
    uid: text(component, 'uid'),
    summary: text(component, 'summary'),
    description: text(component, 'description'),
    start: start.toString(),
    startIsDate: start.isDate,
    end: end.toString(),
    endIsDate: end.isDate,
    stamp: time(component, 'dtstamp').toString(),
    alarms: component.getAllSubcomponents('valarm').map(alarm),
  };
}

/** Throws when ical.js cannot read the text or a property has the wrong type. */
export function parseIcs(ics: string): ParsedCalendar {
  const root = ICAL.Component.fromString(ics);
  return {
    name: root.name,
    version: text(root, 'version'),
    prodId: text(root, 'prodid'),
    calName: text(root, 'x-wr-calname'),
    events: root.getAllSubcomponents('vevent').map(event),
  };
}
