// simdjson's DOM parse for backrelief-bench (see bench_simdjson.h).
#include "bench_simdjson.h"

#include <new>

#include <simdjson.h>

struct bench_simdjson {
  simdjson::dom::parser parser;
  simdjson::padded_string text;
};

extern "C" bench_simdjson *bench_simdjson_new(const char *text, size_t len) {
  bench_simdjson *s = new (std::nothrow) bench_simdjson;
  if (s == nullptr) return nullptr;
  s->text = simdjson::padded_string(text, len);
  if (s->text.size() != len) {
    delete s;
    return nullptr;
  }
  return s;
}

extern "C" int bench_simdjson_parse(bench_simdjson *s) {
  simdjson::dom::element root;
  return s->parser.parse(s->text).get(root) == simdjson::SUCCESS ? 0 : -1;
}

extern "C" const char *bench_simdjson_kernel(void) {
  return simdjson::get_active_implementation()->name().c_str();
}

extern "C" void bench_simdjson_free(bench_simdjson *s) { delete s; }
