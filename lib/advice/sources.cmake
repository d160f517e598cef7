# Sourced advisories: lists built by every module's checks.
brf_module(advice SOURCES advice.c HEADERS advice.h)
