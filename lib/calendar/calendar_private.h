/* Helpers shared by the files of the calendar module (dates, weekdays and
 * the iCalendar writer). Hidden: brf__ prefix, not part of the API. */
#ifndef BRF_CALENDAR_PRIVATE_H
#define BRF_CALENDAR_PRIVATE_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/calendar.h"

/* Write y-m-d at p as YYYY-MM-DD when sep is '-', or YYYYMMDD when sep is
 * 0; returns the number of characters written (10 or 8). No terminator. */
size_t brf__put_ymd(char *p, int32_t y, int32_t m, int32_t d, char sep);

/* Write a second of the day (0..86399) as HHMMSS at p (6 characters). */
void brf__put_hms(char *p, int32_t second);

#endif
