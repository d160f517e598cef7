# The layer below the domain: allocation and errors through the context, the
# string buffer, locale-free text helpers, the name-table lookup, the
# caller-buffer copy, the JSON engine, and the locale (tags, fallbacks,
# plurals and numbers; docs/localisation.md). It knows nothing of back relief;
# every module may use it (docs/architecture.md).
brf_module(util
  SOURCES arena.c context.c status.c version.c strbuf.c text.c locale.c locale_format.c
          locale_langs_data.c
          json_parse.c json_dom.c json_read.c json_write.c
  HEADERS core.h)
