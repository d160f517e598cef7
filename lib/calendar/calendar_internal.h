/* Helpers shared by the files of the calendar module (dates, weekdays and
 * the iCalendar writer). Hidden: brf__ prefix, not part of the API. */
#ifndef BRF_CALENDAR_INTERNAL_H
#define BRF_CALENDAR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "backrelief/calendar.h"

/* Write v (>= 0) as exactly `width` decimal digits, zero-padded, at p. */
void brf__put_digits(char *p, int32_t v, int width);

/* Copy a formatted value of n bytes into a caller buffer following the
 * BRF_E_BUFFER_TOO_SMALL convention (docs/conventions.md). */
brf_status brf__copy_out(const char *text, size_t n, char *buf, size_t cap, size_t *needed);

/* The three-letter lowercase name of ISO weekday wd (1..7), e.g. "mon". */
const char *brf__weekday_short(int32_t wd);

#endif
