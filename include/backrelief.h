/**
 * @file backrelief.h
 * @brief Umbrella header: includes every public module header of libbackrelief.
 *
 * Include this one header, or only the module headers you need from
 * `backrelief/`. Start with @ref core.h.
 */
#ifndef BACKRELIEF_H
#define BACKRELIEF_H

#include "backrelief/adapt.h"
#include "backrelief/advice.h"
#include "backrelief/calendar.h"
#include "backrelief/catalog.h"
#include "backrelief/core.h"
#include "backrelief/dosage.h"
#include "backrelief/journal.h"
#include "backrelief/json.h"
#include "backrelief/planner.h"
#include "backrelief/player.h"
#include "backrelief/profile.h"
#include "backrelief/routine.h"
#include "backrelief/schedule.h"
#include "backrelief/screen.h"
#include "backrelief/vocab.h"

#endif /* BACKRELIEF_H */
