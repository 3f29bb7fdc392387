// In the protocol since the apps need the same day (the kiosk's, the supervisor's lists).
export { businessDayOf, isKnownTimeZone } from '@openops/protocol';
