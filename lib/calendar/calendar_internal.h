/* Helpers shared by the files of the calendar module (dates, weekdays and
 * the iCalendar writer). Hidden: brf__ prefix, not part of the API. */
#ifndef BRF_CALENDAR_INTERNAL_H
#define BRF_CALENDAR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/calendar.h"

/* Write y-m-d at p as YYYY-MM-DD when sep is '-', or YYYYMMDD when sep is
 * 0; returns the number of characters written (10 or 8). No terminator. */
size_t brf__put_ymd(char *p, int32_t y, int32_t m, int32_t d, char sep);

/* Write a second of the day (0..86399) as HHMMSS at p (6 characters). */
void brf__put_hms(char *p, int32_t second);

/* Copy a formatted value of n bytes into a caller buffer following the
 * BRF_E_BUFFER_TOO_SMALL convention (docs/conventions.md). */
brf_status brf__copy_out(const char *text, size_t n, char *buf, size_t cap, size_t *needed);

#endif
