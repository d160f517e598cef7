"""Python bindings for libbackrelief (ctypes, standard library only).

    import backrelief as br
    with br.Context() as ctx, br.Catalog.builtin(ctx) as cat:
        for ex in cat.query(region="lower-back", max_level="beginner"):
            print(ex.id, ex.name, ex.default_dose)

The library is found through, in order: the `path` given to load(), the
BACKRELIEF_LIBRARY environment variable, then ctypes.util.find_library.
load() checks brf_abi_version() and refuses a major this module does not know.

Ownership: every wrapper frees its handle in close() (also called by `with`
and, as a last resort, by the garbage collector). Objects keep a reference to
their context; the library allows freeing in any order anyway. Strings the
library lends are copied into Python str at once; strings it hands over are
copied and released with brf_free() before the call returns.
"""
import collections
import ctypes
import ctypes.util
import datetime
import os
import weakref
from typing import (Any, Dict, Iterable, Iterator, List, Literal, Mapping, NoReturn, Optional,
                    Tuple, TypeVar, Union, cast)

from . import _ffi
from ._ffi import *  # noqa: F401,F403  (the BRF_* constants)

__all__ = [
    "ABI_MAJOR", "load", "Library", "Context", "Catalog", "Exercise", "Query", "Dosage",
    "Advice", "Routine", "Step", "Profile", "Screen", "Planner", "Omission", "Schedule", "Session", "Journal", "Entry",
    "Suggestion", "Timeline", "Player", "Cue",
    "SimulatedClock", "BackReliefError", "LibraryLoadError", "AbiMismatchError",
    "InvalidError", "NoMemoryError", "ParseError", "SchemaError", "NotFoundError",
    "RangeError", "IOError", "StateError", "BufferTooSmallError", "ReferError",
    "UnsupportedError", "InternalError", "LimitError", "Limit", "enum_id", "enum_code", "enum_kinds", "vocab_id", "vocab_code", "vocab_ids", "vocab_label",
    "screening_text", "ScreeningText",
    "red_flags", "stop_rules", "day_from_date", "date_from_day", "parse_date",
    "format_date", "parse_time", "format_time", "parse_weekdays", "format_weekdays",
    "Spacing", "ItemKind", "When", "StepStatus", "PlayerState", "DoseField", "day_from_ymd", "ymd_from_day", "weekday", "week_start", "version", "goal_label",
    "urgency_advice", "vocab_kind_name", "dose_field_name", "dose_field_bounds",
    "ScreenResult", "YellowFlag", "yellow_flags", "psychosocial_advice", "locales", "Direction", "Thermal",
    "Psychosocial", "ExerciseText", "Rating",
]

# Closed sets of names the wrappers take and return, as string literal types
# (mypy rejects a misspelt one; the library's codes are accepted as int too).
Spacing = Literal["any", "not-consecutive"]
ItemKind = Literal["routine", "exercise", "programme"]
When = Literal["before", "after", "next_morning"]
StepStatus = Literal["done", "cut-short", "skipped"]
PlayerState = Literal["idle", "running", "paused", "finished", "stopped"]
Direction = Literal["unknown", "none", "extension", "flexion"]
Thermal = Literal["any", "heat", "cold"]
Psychosocial = Literal["low", "medium", "high"]
ExerciseText = Literal["name", "summary", "dose_note", "instruction", "cue", "caution",
                       "contraindication_note", "alternative_dose_note", "progression",
                       "regression"]
# The BRF_EXERCISE_TEXT_* selectors of brf_exercise_text(), in their pinned order.
_EXERCISE_TEXTS: Tuple[ExerciseText, ...] = (
    "name", "summary", "dose_note", "instruction", "cue", "caution", "contraindication_note",
    "alternative_dose_note", "progression", "regression")
ScreeningText = Literal["redflag_label", "redflag_question", "urgency_advice", "stoprule",
                        "yellowflag_question", "psychosocial_advice"]
# The BRF_SCREEN_TEXT_* selectors of brf_screening_text(), in their pinned order.
_SCREENING_TEXTS: Tuple[ScreeningText, ...] = (
    "redflag_label", "redflag_question", "urgency_advice", "stoprule", "yellowflag_question",
    "psychosocial_advice")
DoseField = Literal["sets", "reps", "hold_ms", "duration_ms", "sides", "tempo_ms", "rest_ms",
                    "per_day", "per_week", "interval_ms", "window_ms"]

Limit = Literal["routine_steps", "timeline_segments", "timeline_cues", "dose_reps",
                "output_bytes", "calendar_items", "import_entries", "input_bytes"]
_LIMITS: Dict[str, int] = {
    "routine_steps": BRF_LIMIT_ROUTINE_STEPS, "timeline_segments": BRF_LIMIT_TIMELINE_SEGMENTS,  # noqa: F405
    "timeline_cues": BRF_LIMIT_TIMELINE_CUES, "dose_reps": BRF_LIMIT_DOSE_REPS,  # noqa: F405
    "output_bytes": BRF_LIMIT_OUTPUT_BYTES, "calendar_items": BRF_LIMIT_CALENDAR_ITEMS,  # noqa: F405
    "import_entries": BRF_LIMIT_IMPORT_ENTRIES, "input_bytes": BRF_LIMIT_INPUT_BYTES}  # noqa: F405


def _limit_code(limit: Union[str, int]) -> int:
    if isinstance(limit, int):
        return limit
    try:
        return _LIMITS[limit]
    except KeyError:
        raise InvalidError("unknown limit %r (one of %s)" % (limit, ", ".join(_LIMITS)),
                           BRF_E_INVALID, "BRF_E_INVALID") from None  # noqa: F405


#: The ABI major this module was written for (the library's SONAME suffix).
ABI_MAJOR = 1

_EPOCH = datetime.date(1970, 1, 1)


# --- errors -------------------------------------------------------------------

class BackReliefError(Exception):
    """A failing libbackrelief call.

    status: the negative status code; status_name: "BRF_E_PARSE"...;
    message: the context's message; line, column (1-based, bytes) and
    offset (0-based) locate errors in text input (line 0: no position).
    """

    status: Optional[int] = None

    def __init__(self, message: str, status: Optional[int] = None, status_name: Optional[str] = None, line: int = 0, column: int = 0, offset: int = 0) -> None:
        super().__init__(message)
        if status is not None:
            self.status = status
        self.status_name = status_name
        self.message = message
        self.line = line
        self.column = column
        self.offset = offset

    def __str__(self) -> str:
        where = " (line %d, column %d)" % (self.line, self.column) if self.line else ""
        return "%s%s [%s]" % (self.message, where, self.status_name)


class LibraryLoadError(BackReliefError, OSError):
    """The shared library could not be found or loaded."""


class AbiMismatchError(LibraryLoadError):
    """The loaded library has an ABI major this module does not know."""


class InvalidError(BackReliefError, ValueError):
    """BRF_E_INVALID: an argument is invalid."""
    status = BRF_E_INVALID  # noqa: F405


class NoMemoryError(BackReliefError, MemoryError):
    """BRF_E_NOMEM: the allocator returned NULL."""
    status = BRF_E_NOMEM  # noqa: F405


class ParseError(BackReliefError, ValueError):
    """BRF_E_PARSE: text is not well formed; see line, column, offset."""
    status = BRF_E_PARSE  # noqa: F405


class SchemaError(BackReliefError, ValueError):
    """BRF_E_SCHEMA: well formed, but not a valid document of its kind."""
    status = BRF_E_SCHEMA  # noqa: F405


class NotFoundError(BackReliefError, LookupError):
    """BRF_E_NOT_FOUND: no such id, field or file."""
    status = BRF_E_NOT_FOUND  # noqa: F405


class RangeError(BackReliefError, ValueError):
    """BRF_E_RANGE: a number is outside its documented bounds."""
    status = BRF_E_RANGE  # noqa: F405


class IOError(BackReliefError, OSError):  # noqa: A001 (the library's BRF_E_IO)
    """BRF_E_IO: reading or writing a file failed."""
    status = BRF_E_IO  # noqa: F405


class StateError(BackReliefError, RuntimeError):
    """BRF_E_STATE: the object's state does not allow the call."""
    status = BRF_E_STATE  # noqa: F405


class BufferTooSmallError(BackReliefError):
    """BRF_E_BUFFER_TOO_SMALL (the wrappers retry, so this is rare)."""
    status = BRF_E_BUFFER_TOO_SMALL  # noqa: F405


class ReferError(BackReliefError):
    """BRF_E_REFER: warning signs; the person must see a clinician."""
    status = BRF_E_REFER  # noqa: F405


class UnsupportedError(BackReliefError, NotImplementedError):
    """BRF_E_UNSUPPORTED: not available in this build or for this input."""
    status = BRF_E_UNSUPPORTED  # noqa: F405


class InternalError(BackReliefError):
    """BRF_E_INTERNAL: a bug in libbackrelief."""
    status = BRF_E_INTERNAL  # noqa: F405


class LimitError(BackReliefError):
    """BRF_E_LIMIT: an input past a context limit (Context.set_limit); the message names it."""
    status = BRF_E_LIMIT  # noqa: F405


_ERRORS = {cls.status: cls for cls in (
    InvalidError, NoMemoryError, ParseError, SchemaError, NotFoundError, RangeError, IOError,
    StateError, BufferTooSmallError, ReferError, UnsupportedError, InternalError, LimitError)}


# --- loading ------------------------------------------------------------------

class Library:
    """A loaded libbackrelief with every function declared (see _ffi.py)."""

    def __init__(self, path: str) -> None:
        try:
            self.dll = ctypes.CDLL(path)
        except OSError as err:
            raise LibraryLoadError("cannot load libbackrelief from %r: %s" % (path, err)) from None
        self.path = path
        self.missing = _ffi.declare(self.dll)
        if "brf_abi_version" in self.missing:
            raise LibraryLoadError("%r is not libbackrelief (no brf_abi_version)" % path)
        self.abi_version = int(self.dll.brf_abi_version())
        if self.abi_version != ABI_MAJOR:
            raise AbiMismatchError(
                "libbackrelief at %r has ABI %d; this binding supports ABI %d only"
                % (path, self.abi_version, ABI_MAJOR))
        self.version = self.dll.brf_version_string().decode()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.dll, name)

    def status_name(self, status: int) -> str:
        return str(self.dll.brf_status_name(status).decode())

    def status_str(self, status: int) -> str:
        return str(self.dll.brf_status_str(status).decode())

    def raise_plain(self, status: int, what: str) -> NoReturn:
        """Raise for a function that records no message (it takes no context)."""
        cls = _ERRORS.get(status, BackReliefError)
        raise cls("%s: %s" % (what, self.status_str(status)), status, self.status_name(status))


_default: Optional[Library] = None


def _system_names() -> List[str]:
    """The names the system loader is asked for, most specific first."""
    found = ctypes.util.find_library("backrelief")
    names = [found] if found else []
    if os.name == "nt":
        names.append("backrelief.dll")
    elif os.uname().sysname == "Darwin":
        names.append("libbackrelief.%d.dylib" % ABI_MAJOR)
    else:
        names.append("libbackrelief.so.%d" % ABI_MAJOR)
    return names


def load(path: Optional[str] = None) -> "Library":
    """Load the library once (later calls return it) and check its ABI major.

    Where it looks, in order: `path`, the BACKRELIEF_LIBRARY environment
    variable, then the system loader (ctypes.util.find_library("backrelief"),
    then libbackrelief.so.1 by name). LibraryLoadError says what it tried."""
    global _default
    if path is None and _default is not None:
        return _default
    if path:
        candidates = [("the path given to load()", path)]
    elif os.environ.get("BACKRELIEF_LIBRARY"):
        candidates = [("BACKRELIEF_LIBRARY", os.environ["BACKRELIEF_LIBRARY"])]
    else:
        candidates = [("the system loader", name) for name in _system_names()]
    tried = []
    for where, candidate in candidates:
        try:
            lib = Library(candidate)
        except AbiMismatchError:
            raise
        except LibraryLoadError as err:
            tried.append("%s (%s): %s" % (candidate, where, err.message))
            continue
        if _default is None:
            _default = lib
        return lib
    hint = "" if path or os.environ.get("BACKRELIEF_LIBRARY") else \
        "; BACKRELIEF_LIBRARY was not set (set it to the library's path, or pass load(path))"
    raise LibraryLoadError("libbackrelief not found; tried " + "; ".join(tried) + hint,
                           None, "LIBRARY_LOAD")


def _require(lib: Library, name: str, what: str) -> None:
    """Refuse API this module knows but the loaded (older) library lacks."""
    if name in lib.missing or name not in _ffi.FUNCTIONS:
        raise UnsupportedError("%s is not in this libbackrelief (%s missing)" % (what, name),
                               BRF_E_UNSUPPORTED, "BRF_E_UNSUPPORTED")  # noqa: F405


def _b(text: Any) -> Any:
    """UTF-8 bytes of a str (None stays None)."""
    if text is None or isinstance(text, bytes):
        return text
    return str(text).encode("utf-8")


def _s(raw: Optional[bytes]) -> Any:
    """A borrowed C string copied into str at once (None stays None)."""
    return None if raw is None else raw.decode("utf-8")


def _get(lib: "Library", fn: Any, ctype: Any, *args: Any) -> Any:
    """Call an API 1.1 status-returning getter fn(*args, &out) and return out's value; such
    getters record nothing in a context, so a failure raises with the status's own text."""
    out = ctype()
    status = fn(*args, ctypes.byref(out))
    if status < 0:
        lib.raise_plain(status, getattr(fn, "__name__", "getter"))
    return out.value


def _so(raw: Optional[bytes]) -> Optional[str]:
    """_s() for a string that may be NULL, typed as such."""
    return None if raw is None else raw.decode("utf-8")


# --- handles and the context --------------------------------------------------

_H = TypeVar("_H", bound="_Handle")


class _Handle:
    """An owned library handle freed by close(), `with`, or the collector."""

    _free_name: str = ""
    _ptr: Optional[int] = None
    _lib: Library

    def _adopt(self, ptr: Optional[int]) -> None:
        self._ptr = ptr

    def _check(self) -> int:
        if not self._ptr:
            raise StateError("%s is closed" % type(self).__name__, BRF_E_STATE,  # noqa: F405
                             "BRF_E_STATE")
        return self._ptr

    @property
    def closed(self) -> bool:
        return not self._ptr

    def close(self) -> None:
        """Free the handle now (idempotent)."""
        ptr, self._ptr = self._ptr, None
        if ptr:
            getattr(self._lib, self._free_name)(ptr)

    def __enter__(self: _H) -> _H:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown: the library may be gone already
            pass


class Context(_Handle):
    """The context every object is created from: allocator and error detail."""

    _free_name = "brf_context_free"

    def __init__(self, library: Union[Library, str, None] = None) -> None:
        self._lib = library if isinstance(library, Library) else load(library)
        out = ctypes.c_void_p()
        status = self._lib.brf_context_new(ctypes.byref(out))
        if status < 0:
            self._lib.raise_plain(status, "brf_context_new")
        self._adopt(out.value)

    @classmethod
    def adopt(cls, library: Library, ptr: int) -> "Context":
        """Wrap a brf_context * made elsewhere (with a custom allocator, for example);
        the wrapper frees it."""
        self = cls.__new__(cls)
        self._lib = library
        self._adopt(ptr)
        return self

    @property
    def library(self) -> Library:
        return self._lib

    @property
    def errmsg(self) -> Optional[str]:
        return _so(self._lib.brf_context_errmsg(self._ptr))

    @property
    def errcode(self) -> int:
        """The status of the last failed call (0 after a success)."""
        return int(self._lib.brf_context_errcode(self._check()))

    @property
    def warnings(self) -> List[str]:
        """Warnings of the last call that succeeded with something to say (API 1.1)."""
        lib, p = self._lib, self._check()
        return [cast(str, _s(lib.brf_context_warning(p, i)))
                for i in range(lib.brf_context_warning_count(p))]

    def clear_error(self) -> None:
        self._lib.brf_context_clear_error(self._ptr)

    @property
    def locale(self) -> str:
        """The locale tag as set, in canonical case ("de-AT"); "en" by default."""
        return cast(str, _s(self._lib.brf_context_locale(self._check())))

    @locale.setter
    def locale(self, tag: str) -> None:
        """Set the language of the texts of objects made afterwards (a BCP 47 tag; "de-AT"
        falls back to German). Make the built-in catalog after setting it. A tag the library
        has no texts for raises NotFoundError (UnsupportedError when this build left the
        translations out, InvalidError when malformed); English is used then."""
        self.check(self._lib.brf_context_set_locale(self._check(), _b(tag)))

    @property
    def text_locale(self) -> str:
        """The language the texts are in: the tag the locale fell back to ("de" for "de-AT")."""
        return cast(str, _s(self._lib.brf_context_text_locale(self._check())))

    def set_limit(self, limit: Union[Limit, int], value: int) -> None:
        """Set one limit of this context ("routine_steps", ... or a BRF_LIMIT_* code) for the
        calls that follow; an input past it raises LimitError. RangeError below 1."""
        self.check(self._lib.brf_context_set_limit(self._check(), _limit_code(limit), value))

    def limit(self, limit: Union[Limit, int]) -> int:
        """The current value of one limit (see set_limit)."""
        value = int(self._lib.brf_context_limit(self._check(), _limit_code(limit)))
        if value < 0:
            raise InvalidError("unknown limit %r" % (limit,), BRF_E_INVALID,  # noqa: F405
                               "BRF_E_INVALID")
        return value

    @property
    def limits(self) -> Dict[str, int]:
        """Every limit by name, as set now."""
        return {name: self.limit(code) for name, code in _LIMITS.items()}

    def error(self, status: int) -> BackReliefError:
        """The exception for a failed status, with this context's message and position."""
        lib, p = self._lib, self._check()
        msg = _s(lib.brf_context_errmsg(p)) or lib.status_str(status)
        cls = _ERRORS.get(status, BackReliefError)
        return cls(msg, status, lib.status_name(status), int(lib.brf_context_error_line(p)),
                   int(lib.brf_context_error_column(p)), int(lib.brf_context_error_offset(p)))

    def check(self, status: int) -> int:
        """Raise the matching BackReliefError for a negative status; return it otherwise."""
        if status < 0:
            raise self.error(status)
        return status

    def take_string(self, fn: Any, *args: Any) -> str:
        """Call fn(*args, &out, &len) that hands over an owned string; copy and brf_free it."""
        out, n = ctypes.c_void_p(), ctypes.c_size_t()
        self.check(fn(*args, ctypes.byref(out), ctypes.byref(n)))
        try:
            return ctypes.string_at(out.value or 0, n.value).decode("utf-8")
        finally:
            self._lib.brf_free(self._ptr, out.value)

    def new(self, fn: Any, *args: Any) -> int:
        """Call a constructor fn(*args, &out) and return the new handle."""
        out = ctypes.c_void_p()
        self.check(fn(*args, ctypes.byref(out)))
        if not out.value:
            raise InternalError("%s returned no object" % getattr(fn, "__name__", "a constructor"),
                                BRF_E_INTERNAL, "BRF_E_INTERNAL")  # noqa: F405
        return out.value


class _Owned(_Handle):
    """A handle created from a context; it keeps the context alive."""

    def __init__(self, ctx: Context, ptr: int) -> None:
        self._ctx = ctx
        self._lib = ctx._lib
        self._adopt(ptr)


# --- vocabulary and calendar --------------------------------------------------

_VOCAB = {"modality": BRF_VOCAB_MODALITY, "region": BRF_VOCAB_REGION,  # noqa: F405
          "equipment": BRF_VOCAB_EQUIPMENT, "level": BRF_VOCAB_LEVEL,  # noqa: F405
          "laterality": BRF_VOCAB_LATERALITY, "position": BRF_VOCAB_POSITION,  # noqa: F405
          "condition": BRF_VOCAB_CONDITION, "action": BRF_VOCAB_ACTION,  # noqa: F405
          "source": BRF_VOCAB_SOURCE_KIND}  # noqa: F405


def vocab_id(kind: str, value: int) -> str:
    """The slug ("lower-back") of a vocabulary code; kind is "region", "modality"..."""
    return cast(str, _s(load().brf_vocab_id(_VOCAB[kind], value)))


def vocab_label(kind: str, value: Union[str, int], locale: str = "en") -> str:
    """The words a person reads for a vocabulary value, in a language (brf_vocab_label):
    vocab_label("equipment", "foam-roller", "de") is "Faszienrolle"; value is a slug or a code.

    locale is a BCP 47 tag found by the library's fallbacks: "de-AT" reads German; a language
    without texts ("sv") reads English. InvalidError for an unknown kind, NotFoundError for an
    unknown slug, RangeError for a code out of range."""
    if kind not in _VOCAB:
        raise InvalidError("unknown vocabulary %r (one of %s)"  # noqa: F405
                           % (kind, ", ".join(_VOCAB)), BRF_E_INVALID, "BRF_E_INVALID")
    lib = load()
    text = lib.brf_vocab_label(_VOCAB[kind], vocab_code(kind, value), _b(locale))
    if text is None:
        if locale is None:
            lib.raise_plain(BRF_E_INVALID, "vocab_label: no locale")  # noqa: F405
        lib.raise_plain(BRF_E_RANGE, "%s has no code %r" % (kind, value))  # noqa: F405
    return cast(str, _s(text))


def vocab_code(kind: str, value: Union[str, int]) -> int:
    """The code of a slug; ints pass through. Raises NotFoundError for an unknown slug."""
    if isinstance(value, int):
        return value
    lib, out, data = load(), ctypes.c_int32(), _b(value)
    status = lib.brf_vocab_from_id(_VOCAB[kind], data, len(data), ctypes.byref(out))
    if status < 0:
        raise _ERRORS.get(status, BackReliefError)(
            "unknown %s %r" % (kind, value), status, lib.status_name(status))
    return out.value


def _parse_id(fn_name: str, value: Union[str, int], what: str) -> int:
    """A code from an id with a brf_*_parse(const char *, int32_t *) function; ints pass."""
    if isinstance(value, int):
        return value
    lib, out = load(), ctypes.c_int32()
    status = getattr(lib, fn_name)(_b(value), ctypes.byref(out))
    if status < 0:
        lib.raise_plain(status, "unknown %s %r" % (what, value))
    return out.value


def _from_id(fn: Any, value: str, what: str) -> int:
    """A code from an id with an API 1.1 brf_*_from_id(text, len, int32_t *) function."""
    data = _b(value)
    out = ctypes.c_int32()
    status = fn(data, len(data), ctypes.byref(out))
    if status < 0:
        load().raise_plain(status, "unknown %s %r" % (what, value))
    return out.value


# Every closed set of ids the library names (API 1.1 id/from_id pairs): its kind
# as the wrappers spell it, and the two functions that map ids and codes.
_IDS: Dict[str, Tuple[str, str]] = {
    "action": ("brf_action_id", "brf_action_from_id"),
    "adapt_outcome": ("brf_adapt_outcome_id", "brf_adapt_outcome_from_id"),
    "advice_severity": ("brf_advice_severity_id", "brf_advice_severity_from_id"),
    "condition": ("brf_condition_id", "brf_condition_from_id"),
    "cue_kind": ("brf_cue_kind_id", "brf_cue_kind_from_id"),
    "dose_field": ("brf_dose_field_id", "brf_dose_field_from_id"),
    "equipment": ("brf_equipment_id", "brf_equipment_from_id"),
    "goal": ("brf_goal_id", "brf_goal_from_id"),
    "journal_moment": ("brf_journal_moment_id", "brf_journal_moment_from_id"),
    "journal_step_status": ("brf_journal_step_status_id", "brf_journal_step_status_from_id"),
    "laterality": ("brf_laterality_id", "brf_laterality_from_id"),
    "level": ("brf_level_id", "brf_level_from_id"),
    "modality": ("brf_modality_id", "brf_modality_from_id"),
    "omission_cause": ("brf_omission_cause_id", "brf_omission_cause_from_id"),
    "plan_phase": ("brf_plan_phase_id", "brf_plan_phase_from_id"),
    "player_state": ("brf_player_state_id", "brf_player_state_from_id"),
    "policy": ("brf_policy_id", "brf_policy_from_id"),
    "position": ("brf_position_id", "brf_position_from_id"),
    "record_status": ("brf_record_status_id", "brf_record_status_from_id"),
    "region": ("brf_region_id", "brf_region_from_id"),
    "routine_phase": ("brf_routine_phase_id", "brf_routine_phase_from_id"),
    "schedule_kind": ("brf_schedule_kind_id", "brf_schedule_kind_from_id"),
    "segment_kind": ("brf_segment_kind_id", "brf_segment_kind_from_id"),
    "side": ("brf_side_id", "brf_side_from_id"),
    "source_kind": ("brf_source_kind_id", "brf_source_kind_from_id"),
    "spacing": ("brf_spacing_id", "brf_spacing_from_id"),
    "psychosocial": ("brf_psychosocial_id", "brf_psychosocial_from_id"),
    "urgency": ("brf_urgency_id", "brf_urgency_from_id"),
    "vocab_kind": ("brf_vocab_kind_id", "brf_vocab_kind_from_id"),
    "weekday": ("brf_weekday_id", "brf_weekday_from_id"),
}


def enum_kinds() -> List[str]:
    """The kinds enum_id() and enum_code() accept ("region", "goal", "player_state"...)."""
    return sorted(_IDS)


def enum_id(kind: str, code: int) -> str:
    """The id ("lower-back", "long-sitting", "running") of a code of any closed set the library
    names (enum_kinds()). RangeError for a code the set does not have."""
    if kind not in _IDS:
        raise InvalidError("unknown kind %r (one of enum_kinds())" % (kind,), BRF_E_INVALID,  # noqa: F405
                           "BRF_E_INVALID")
    text = getattr(load(), _IDS[kind][0])(code)
    if text is None:
        raise RangeError("%s has no code %d" % (kind, code), BRF_E_RANGE, "BRF_E_RANGE")  # noqa: F405
    return cast(str, _s(text))


def enum_code(kind: str, value: Union[str, int]) -> int:
    """The code of an id of any closed set the library names (exact, case-sensitive); ints
    pass through. NotFoundError for an unknown id."""
    if isinstance(value, int):
        return value
    if kind not in _IDS:
        raise InvalidError("unknown kind %r (one of enum_kinds())" % (kind,), BRF_E_INVALID,  # noqa: F405
                           "BRF_E_INVALID")
    return _from_id(getattr(load(), _IDS[kind][1]), value, kind.replace("_", " "))


def vocab_ids(kind: str) -> List[str]:
    """Every slug of a vocabulary, in code order."""
    lib = load()
    return [_s(lib.brf_vocab_id(_VOCAB[kind], i)) for i in range(lib.brf_vocab_count(_VOCAB[kind]))]


def day_from_date(d: datetime.date) -> int:
    """Days since 1970-01-01 of a datetime.date (the library's date type)."""
    return (d - _EPOCH).days


def date_from_day(day: int) -> datetime.date:
    return _EPOCH + datetime.timedelta(days=day)


def _format(fn: Any, *args: Any) -> str:
    """Call a caller-buffer formatter, growing the buffer when it is too small."""
    cap = 32
    while True:
        buf = ctypes.create_string_buffer(cap)
        needed = ctypes.c_size_t()
        status = fn(*args, buf, cap, ctypes.byref(needed))
        if status == BRF_E_BUFFER_TOO_SMALL:  # noqa: F405
            cap = needed.value
            continue
        if status < 0:
            load().raise_plain(status, fn.__name__)
        return buf.value.decode("utf-8")


def _parse_with(ctx: Context, fn: Any, ctype: Any, text: str) -> int:
    data = _b(text)
    out = ctype()
    ctx.check(fn(ctx._check(), data, len(data), ctypes.byref(out)))
    return int(out.value)


def parse_date(ctx: Context, text: str) -> int:
    """"2026-11-22" -> days since 1970-01-01 (ParseError/RangeError with the context message)."""
    return _parse_with(ctx, ctx._lib.brf_date_parse, ctypes.c_int32, text)


def format_date(day: int) -> str:
    return _format(load().brf_date_format, day)


def parse_time(ctx: Context, text: str) -> int:
    """"07:30" -> minutes since midnight."""
    return _parse_with(ctx, ctx._lib.brf_time_parse, ctypes.c_int32, text)


def format_time(minutes: int) -> str:
    return _format(load().brf_time_format, minutes)


def parse_weekdays(ctx: Context, text: str) -> int:
    """"mon,wed,fri" -> a weekday bit mask."""
    return _parse_with(ctx, ctx._lib.brf_weekdays_parse, ctypes.c_uint32, text)


def format_weekdays(mask: int) -> str:
    return _format(load().brf_weekdays_format, mask)


def day_from_ymd(ctx: Context, year: int, month: int, mday: int) -> int:
    """Days since 1970-01-01 of a calendar date (RangeError for 2026-02-30)."""
    out = ctypes.c_int32()
    ctx.check(ctx._lib.brf_date_from_ymd(ctx._check(), year, month, mday, ctypes.byref(out)))
    return out.value


def ymd_from_day(day: int) -> Tuple[int, int, int]:
    """(year, month, day of month) of a library date."""
    lib = load()
    y, m, d = ctypes.c_int32(), ctypes.c_int32(), ctypes.c_int32()
    status = lib.brf_date_to_ymd(day, ctypes.byref(y), ctypes.byref(m), ctypes.byref(d))
    if status < 0:
        lib.raise_plain(status, "brf_date_to_ymd")
    return y.value, m.value, d.value


def weekday(day: int) -> int:
    """1 (Monday) to 7 (Sunday)."""
    return int(load().brf_date_weekday(day))


def week_start(day: int) -> int:
    """The Monday of a date's week (the journal's weeks)."""
    return int(load().brf_journal_week_start(day))


def version() -> Tuple[int, int, int]:
    """(major, minor, patch) of the loaded library."""
    v = int(load().brf_version())
    return (v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF


def locales() -> List[str]:
    """The languages this build has texts for; "en" (the source language) first."""
    lib = load()
    return [cast(str, _s(lib.brf_locale_at(i))) for i in range(lib.brf_locale_count())]


def goal_label(goal: Union[str, int]) -> str:
    """The human label of a planner goal ("long-sitting" -> "Long sitting"...)."""
    return cast(str, _s(load().brf_goal_label(_parse_id("brf_goal_parse", goal, "goal"))))


def urgency_advice(urgency: str) -> Optional[str]:
    """What to tell the person for a screen outcome ("emergency", "urgent", "review")."""
    lib, out = load(), ctypes.c_int32()
    status = lib.brf_urgency_from_name(_b(urgency), ctypes.byref(out))
    if status < 0:
        lib.raise_plain(status, "unknown urgency %r" % urgency)
    return _so(lib.brf_urgency_advice(out.value))


def vocab_kind_name(kind: str) -> str:
    """The name the library gives a vocabulary ("region"...)."""
    return cast(str, _s(load().brf_vocab_kind_name(_VOCAB[kind])))


def dose_field_name(field: Union[DoseField, int]) -> str:
    code = _FIELDS.index(field) if isinstance(field, str) else field
    return cast(str, _s(load().brf_dosage_field_name(code)))


def dose_field_bounds(field: Union[DoseField, int]) -> Tuple[int, int]:
    """(lowest, highest) value a dose field accepts."""
    code = _FIELDS.index(field) if isinstance(field, str) else field
    lib, lo, hi = load(), ctypes.c_int64(), ctypes.c_int64()
    status = lib.brf_dosage_field_bounds(code, ctypes.byref(lo), ctypes.byref(hi))
    if status < 0:
        lib.raise_plain(status, "brf_dosage_field_bounds")
    return lo.value, hi.value


# --- catalog ------------------------------------------------------------------

class Exercise:
    """One exercise, borrowed from its Catalog (which it keeps alive).

    Vocabulary fields are slugs ("static-stretch", "lower-back"); the codes are
    in *_code properties. The wrapper finds its exercise again by id when the
    catalog changed, because a changed exercise is a new C object.
    """

    def __init__(self, catalog: "Catalog", ptr: int) -> None:
        self._catalog = catalog
        self._ptr = ptr
        self._gen = catalog._gen
        self.id = _s(catalog._lib.brf_exercise_id(ptr))

    def _p(self) -> int:
        cat = self._catalog
        cat._check()
        if self._gen != cat._gen:
            self._ptr = cat._lib.brf_catalog_find(cat._ptr, _b(self.id))
            self._gen = cat._gen
        return self._ptr

    def _str(self, name: str, *args: Any) -> Optional[str]:
        return _so(getattr(self._catalog._lib, name)(self._p(), *args))

    def _strs(self, count_fn: str, at_fn: str) -> List[str]:
        lib, p = self._catalog._lib, self._p()
        n = getattr(lib, count_fn)(p)
        at = getattr(lib, at_fn)
        return [_s(at(p, i)) for i in range(n)]

    def __repr__(self) -> str:
        return "<Exercise %s>" % self.id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Exercise) and bool(other.id == self.id) and \
            other._catalog is self._catalog

    def __hash__(self) -> int:
        return hash(self.id)

    name = property(lambda self: self._str("brf_exercise_name"))
    summary = property(lambda self: self._str("brf_exercise_summary"))
    default_dose = property(lambda self: self._str("brf_exercise_default_dose"))
    dose_note = property(lambda self: self._str("brf_exercise_dose_note"))
    modality_code = property(lambda self: self._catalog._lib.brf_exercise_modality(self._p()))
    modality = property(lambda self: vocab_id("modality", self.modality_code))
    level = property(lambda self: vocab_id("level", self._catalog._lib.brf_exercise_level(
        self._p())))
    laterality = property(lambda self: vocab_id(
        "laterality", self._catalog._lib.brf_exercise_laterality(self._p())))
    position = property(lambda self: vocab_id(
        "position", _get(self._catalog._lib, self._catalog._lib.brf_exercise_position_get,
                         ctypes.c_int32, self._p())))
    aliases = property(lambda self: self._strs("brf_exercise_alias_count", "brf_exercise_alias_at"))
    instructions = property(lambda self: self._strs("brf_exercise_instruction_count", "brf_exercise_instruction_at"))
    cues = property(lambda self: self._strs("brf_exercise_cue_count", "brf_exercise_cue_at"))
    cautions = property(lambda self: self._strs("brf_exercise_caution_count", "brf_exercise_caution_at"))
    media = property(lambda self: self._strs("brf_exercise_media_count", "brf_exercise_media_at"))

    def text(self, field: Union[ExerciseText, int], index: int = 0, locale: str = "en") -> str:
        """One text of the exercise in a chosen language, whatever language its catalog speaks
        ("name", "summary", "instruction" with its index...). A built-in exercise reads its
        translation (a tag without one reads English); any other exercise its own text.
        IndexError when index is out of range."""
        code = _EXERCISE_TEXTS.index(field) if isinstance(field, str) else field
        text = self._catalog._lib.brf_exercise_text(self._p(), code, index, _b(locale))
        if text is None:
            raise IndexError("no %s text %d of %s" % (field, index, self.id))
        return cast(str, _s(text))

    def regions(self, scope: int = BRF_REGIONS_PRIMARY) -> List[str]:  # noqa: F405
        lib, p = self._catalog._lib, self._p()
        return [vocab_id("region", lib.brf_exercise_region_at(p, scope, i))
                for i in range(lib.brf_exercise_region_count(p, scope))]

    @property
    def equipment(self) -> List[str]:
        lib, p = self._catalog._lib, self._p()
        return [vocab_id("equipment", lib.brf_exercise_equipment_at(p, i))
                for i in range(lib.brf_exercise_equipment_count(p))]

    @property
    def contraindications(self) -> List[Tuple[str, str, Optional[str]]]:
        """[(condition, action, note)] as slugs and text."""
        lib, p = self._catalog._lib, self._p()
        return [(vocab_id("condition", lib.brf_exercise_contraindication_condition(p, i)),
                 vocab_id("action", lib.brf_exercise_contraindication_action(p, i)),
                 _s(lib.brf_exercise_contraindication_note(p, i)))
                for i in range(lib.brf_exercise_contraindication_count(p))]

    @property
    def sources(self) -> List[Tuple[str, Optional[str], Optional[str]]]:
        """[(kind, reference, note)]."""
        lib, p = self._catalog._lib, self._p()
        return [(vocab_id("source", lib.brf_exercise_source_kind(p, i)),
                 _s(lib.brf_exercise_source_ref(p, i)), _s(lib.brf_exercise_source_note(p, i)))
                for i in range(lib.brf_exercise_source_count(p))]

    @property
    def alternative_doses(self) -> List[Tuple[Optional[str], str, Optional[str], Optional[str]]]:
        """[(dose, source kind, source reference, note)]."""
        lib, p = self._catalog._lib, self._p()
        return [(_s(lib.brf_exercise_alternative_dose_at(p, i)),
                 vocab_id("source", lib.brf_exercise_alternative_dose_source_kind(p, i)),
                 _s(lib.brf_exercise_alternative_dose_source(p, i)),
                 _s(lib.brf_exercise_alternative_dose_note(p, i)))
                for i in range(lib.brf_exercise_alternative_dose_count(p))]

    @property
    def progressions(self) -> List[Tuple[Optional[str], Optional[str]]]:
        """[(exercise id or None, text)]: harder variants."""
        lib, p = self._catalog._lib, self._p()
        return [(_s(_get(lib, lib.brf_exercise_progression_exercise_get, ctypes.c_char_p, p, i)),
                 _s(lib.brf_exercise_progression_text(p, i)))
                for i in range(lib.brf_exercise_progression_count(p))]

    @property
    def regressions(self) -> List[Tuple[Optional[str], Optional[str]]]:
        """[(exercise id or None, text)]: easier variants."""
        lib, p = self._catalog._lib, self._p()
        return [(_s(_get(lib, lib.brf_exercise_regression_exercise_get, ctypes.c_char_p, p, i)),
                 _s(lib.brf_exercise_regression_text(p, i)))
                for i in range(lib.brf_exercise_regression_count(p))]


class Catalog(_Owned):
    """An exercise catalog: iterate it, find(id), query(...), add custom exercises."""

    _free_name = "brf_catalog_free"

    def __init__(self, ctx: Context, ptr: int) -> None:
        super().__init__(ctx, ptr)
        self._gen = 0  # bumped by every change that replaces exercise objects

    @classmethod
    def builtin(cls, ctx: Context) -> "Catalog":
        """The built-in back-relief catalog (UnsupportedError when not compiled in)."""
        return cls(ctx, ctx.new(ctx._lib.brf_catalog_new_builtin, ctx._check()))

    @classmethod
    def empty(cls, ctx: Context) -> "Catalog":
        return cls(ctx, ctx.new(ctx._lib.brf_catalog_new_empty, ctx._check()))

    def __len__(self) -> int:
        return int(self._lib.brf_catalog_count(self._check()))

    def __iter__(self) -> Iterator["Exercise"]:
        for i in range(len(self)):
            yield Exercise(self, self._lib.brf_catalog_at(self._check(), i))

    def __getitem__(self, index: int) -> Exercise:
        n = len(self)
        if index < 0:
            index += n
        if not 0 <= index < n:
            raise IndexError("catalog index out of range")
        return Exercise(self, self._lib.brf_catalog_at(self._check(), index))

    def __contains__(self, exercise_id: object) -> bool:
        return isinstance(exercise_id, str) and self.find(exercise_id) is not None

    def find(self, exercise_id: str) -> Optional[Exercise]:
        """The exercise with this id, or None."""
        p = self._lib.brf_catalog_find(self._check(), _b(exercise_id))
        return Exercise(self, p) if p else None

    def get(self, exercise_id: str) -> Exercise:
        """The exercise with this id; NotFoundError (a LookupError) when there is none."""
        ex = self.find(exercise_id)
        if ex is None:
            raise NotFoundError("no exercise %r in the catalog" % exercise_id,
                                BRF_E_NOT_FOUND, "BRF_E_NOT_FOUND")  # noqa: F405
        return ex

    def query(self, **filters: Any) -> Iterator[Exercise]:
        """Exercises matching every filter given, in catalog order (an iterator).

        Filters: region (slug or code; region_scope "primary"/"any"), modality,
        equipment (an iterable of what the user has), max_level, laterality,
        max_duration_ms, text.
        """
        q = Query(self, **filters)
        try:
            yield from q
        finally:
            q.close()

    @classmethod
    def from_json(cls, ctx: Context, text: Union[str, bytes]) -> "Catalog":
        """Read a catalog document (docs/formats.md); errors carry the JSON path and position."""
        _require(ctx._lib, "brf_catalog_from_json", "the catalog JSON reader")
        data = _b(text)
        return cls(ctx, ctx.new(ctx._lib.brf_catalog_from_json, ctx._check(), data, len(data), 0))

    @classmethod
    def import_free_exercise_db(cls, ctx: Context, text: Union[str, bytes]) -> Tuple["Catalog", List["Advice"]]:
        """Import free-exercise-db JSON: (catalog, report as a list of Advice)."""
        _require(ctx._lib, "brf_catalog_import_free_exercise_db", "the free-exercise-db import")
        data = _b(text)
        out, report = ctypes.c_void_p(), ctypes.c_void_p()
        ctx.check(ctx._lib.brf_catalog_import_free_exercise_db(
            ctx._check(), data, len(data), 0, ctypes.byref(out), ctypes.byref(report)))
        return cls(ctx, out.value or 0), _take_advice(ctx, report.value)

    def to_json(self, pretty: bool = False) -> str:
        """The catalog as a catalog document (an owned string, copied and freed)."""
        _require(self._lib, "brf_catalog_to_json", "the catalog JSON writer")
        return self._ctx.take_string(self._lib.brf_catalog_to_json, self._ctx._check(),
                                     self._check(), 1 if pretty else 0)

    def set_default_dose(self, exercise_id: str, notation: str) -> None:
        self._ctx.check(self._lib.brf_catalog_set_default_dose(
            self._check(), _b(exercise_id), _b(notation)))
        self._gen += 1

    def merge(self, other: "Catalog") -> None:
        """Add every exercise of other (a Catalog) that is not here yet."""
        self._ctx.check(self._lib.brf_catalog_merge(self._check(), other._check()))
        self._gen += 1

    def freeze(self) -> None:
        self._ctx.check(self._lib.brf_catalog_freeze(self._check()))

    @property
    def frozen(self) -> bool:
        return bool(self._lib.brf_catalog_is_frozen(self._check()))

    def add(self, id: str, name: str, modality: Union[str, int], **fields: Any) -> Exercise:
        """Add a custom exercise; fields: summary, default_dose, dose_note, level,
        laterality, position, aliases, regions, secondary_regions, equipment,
        instructions, cues, cautions, media, contraindications [(condition, action,
        note)], sources [(kind, reference, note)], alternative_doses [(dose, source
        kind, reference, note)], progressions and regressions [(exercise id or None,
        text)]. Returns the new Exercise."""
        lib, ctx = self._lib, self._ctx
        draft = ctx.new(lib.brf_exercise_draft_new, ctx._check())
        try:
            def call(fn: Any, *args: Any) -> None:
                ctx.check(fn(draft, *args))
            call(lib.brf_exercise_draft_set_id, _b(id))
            call(lib.brf_exercise_draft_set_name, _b(name))
            call(lib.brf_exercise_draft_set_modality, vocab_code("modality", modality))
            for key, fn in (("summary", lib.brf_exercise_draft_set_summary),
                            ("default_dose", lib.brf_exercise_draft_set_default_dose),
                            ("dose_note", lib.brf_exercise_draft_set_dose_note)):
                if fields.get(key) is not None:
                    call(fn, _b(fields[key]))
            for key, fn in (("level", lib.brf_exercise_draft_set_level),
                            ("laterality", lib.brf_exercise_draft_set_laterality),
                            ("position", lib.brf_exercise_draft_set_position)):
                if fields.get(key) is not None:
                    call(fn, vocab_code(key, fields[key]))
            for key, fn in (("aliases", lib.brf_exercise_draft_add_alias),
                            ("instructions", lib.brf_exercise_draft_add_instruction),
                            ("cues", lib.brf_exercise_draft_add_cue),
                            ("cautions", lib.brf_exercise_draft_add_caution),
                            ("media", lib.brf_exercise_draft_add_media)):
                for text in fields.get(key, ()):
                    call(fn, _b(text))
            for r in fields.get("regions", ()):
                call(lib.brf_exercise_draft_add_region, vocab_code("region", r),
                     BRF_REGIONS_PRIMARY)  # noqa: F405
            for r in fields.get("secondary_regions", ()):
                call(lib.brf_exercise_draft_add_region, vocab_code("region", r),
                     BRF_REGIONS_SECONDARY)  # noqa: F405
            for e in fields.get("equipment", ()):
                call(lib.brf_exercise_draft_add_equipment, vocab_code("equipment", e))
            for cond, action, note in fields.get("contraindications", ()):
                call(lib.brf_exercise_draft_add_contraindication, vocab_code("condition", cond),
                     vocab_code("action", action), _b(note))
            for kind, ref, note in fields.get("sources", ()):
                call(lib.brf_exercise_draft_add_source, vocab_code("source", kind), _b(ref),
                     _b(note))
            for dose, kind, ref, note in fields.get("alternative_doses", ()):
                call(lib.brf_exercise_draft_add_alternative_dose, _b(dose),
                     vocab_code("source", kind), _b(ref), _b(note))
            for target, text in fields.get("progressions", ()):
                call(lib.brf_exercise_draft_add_progression, _b(target), _b(text))
            for target, text in fields.get("regressions", ()):
                call(lib.brf_exercise_draft_add_regression, _b(target), _b(text))
            ctx.check(lib.brf_catalog_add(self._check(), draft))
        finally:
            lib.brf_exercise_draft_free(draft)
        self._gen += 1
        return self.get(id)


class Query(_Owned):
    """A query over a catalog; iterate it for the matching exercises."""

    _free_name = "brf_query_free"

    def __init__(self, catalog: Catalog, region: Union[str, int, None] = None, region_scope: str = "primary", modality: Union[str, int, None] = None,
                 equipment: Optional[Iterable[Union[str, int]]] = None, max_level: Union[str, int, None] = None, laterality: Union[str, int, None] = None, max_duration_ms: Optional[int] = None,
                 text: Optional[str] = None) -> None:
        ctx = catalog._ctx
        super().__init__(ctx, ctx.new(ctx._lib.brf_query_new, ctx._check(), catalog._check()))
        self._catalog = catalog
        lib, q, check = self._lib, self._ptr, ctx.check
        if region is not None:
            scope = BRF_REGIONS_ANY if region_scope == "any" else BRF_REGIONS_PRIMARY  # noqa: F405
            check(lib.brf_query_set_region(q, vocab_code("region", region), scope))
        if modality is not None:
            check(lib.brf_query_set_modality(q, vocab_code("modality", modality)))
        if equipment is not None:
            codes = [vocab_code("equipment", e) for e in equipment]
            arr = (ctypes.c_int32 * max(1, len(codes)))(*codes)
            check(lib.brf_query_set_equipment(q, arr, len(codes)))
        if max_level is not None:
            check(lib.brf_query_set_max_level(q, vocab_code("level", max_level)))
        if laterality is not None:
            check(lib.brf_query_set_laterality(q, vocab_code("laterality", laterality)))
        if max_duration_ms is not None:
            check(lib.brf_query_set_max_duration_ms(q, max_duration_ms))
        if text is not None:
            check(lib.brf_query_set_text(q, _b(text)))

    def ids(self) -> List[str]:
        """Run the query on the catalog as it is now; the ids of the results
        in catalog order (a list of str, copied at once)."""
        lib, q = self._lib, self._check()
        self._ctx.check(lib.brf_query_run(q))
        return [_s(lib.brf_exercise_id(lib.brf_query_at(q, i)))
                for i in range(lib.brf_query_count(q))]

    def __iter__(self) -> Iterator[Exercise]:
        """The results, as the catalog is when the iteration starts.

        The query runs again and its ids are copied at once (docs/conventions.md,
        "Borrowed pointers and what invalidates them"): no C pointer is kept
        across the loop, so the loop may change the catalog (a dose edit).
        Each Exercise is looked up by id when it is handed out."""
        cat = self._catalog
        for exercise_id in self.ids():
            p = cat._lib.brf_catalog_find(cat._check(), _b(exercise_id))
            if p:  # catalogs never drop an exercise; kept for safety
                yield Exercise(cat, p)

    def __len__(self) -> int:
        return len(self.ids())


# --- dosage -------------------------------------------------------------------

Advice = collections.namedtuple("Advice", "rule severity message source")
_SEVERITY = {BRF_ADVICE_INFO: "info", BRF_ADVICE_CAUTION: "caution",  # noqa: F405
             BRF_ADVICE_WARNING: "warning"}  # noqa: F405

_FIELDS: Tuple[DoseField, ...] = ("sets", "reps", "hold_ms", "duration_ms", "sides", "tempo_ms",
                                  "rest_ms", "per_day", "per_week", "interval_ms", "window_ms")


def _advice_list(lib: Library, ptr: Optional[int]) -> List["Advice"]:
    """Copy the items of a brf_advice (borrowed or owned: the caller frees)."""
    if not ptr:
        return []
    return [Advice(_s(lib.brf_advice_rule(ptr, i)),
                   _SEVERITY.get(lib.brf_advice_severity(ptr, i), "unknown"),
                   _s(lib.brf_advice_message(ptr, i)), _s(lib.brf_advice_source(ptr, i)))
            for i in range(lib.brf_advice_count(ptr))]


def _take_advice(ctx: Context, ptr: Optional[int]) -> List["Advice"]:
    try:
        return _advice_list(ctx._lib, ptr)
    finally:
        ctx._lib.brf_advice_free(ptr)


class Dosage(_Owned):
    """A dose such as "2x30s hold each side". Fields are (min, max) tuples or None."""

    _free_name = "brf_dosage_free"

    # Properties made from _FIELDS below: (min, max) or None.
    sets: Optional[Tuple[int, int]]
    reps: Optional[Tuple[int, int]]
    hold_ms: Optional[Tuple[int, int]]
    duration_ms: Optional[Tuple[int, int]]
    sides: Optional[Tuple[int, int]]
    tempo_ms: Optional[Tuple[int, int]]
    rest_ms: Optional[Tuple[int, int]]
    per_day: Optional[Tuple[int, int]]
    per_week: Optional[Tuple[int, int]]
    interval_ms: Optional[Tuple[int, int]]
    window_ms: Optional[Tuple[int, int]]

    def __init__(self, ctx: Context, ptr: Optional[int] = None) -> None:
        super().__init__(ctx, ptr or ctx.new(ctx._lib.brf_dosage_new, ctx._check()))

    @classmethod
    def parse(cls, ctx: Context, text: Union[str, bytes]) -> "Dosage":
        """Parse dose notation; ParseError/RangeError carry the column of the problem."""
        data = _b(text)
        return cls(ctx, ctx.new(ctx._lib.brf_dosage_parse, ctx._check(), data, len(data)))

    def clone(self) -> "Dosage":
        return Dosage(self._ctx, self._ctx.new(self._lib.brf_dosage_clone, self._ctx._check(),
                                               self._check()))

    def __str__(self) -> str:
        return self._ctx.take_string(self._lib.brf_dosage_to_string, self._ctx._check(),
                                     self._check())

    def __repr__(self) -> str:
        return "Dosage(%r)" % str(self) if self._ptr else "<closed Dosage>"

    def format(self) -> str:
        """The canonical text through a caller buffer (same result as str())."""
        return _format(self._lib.brf_dosage_format, self._check())

    def describe(self, locale: str) -> str:
        """The dose as a person reads it in a language ("3 × 10 Wiederholungen" for "de"; the
        notation itself for "en"; English for a language without texts)."""
        return _format(self._lib.brf_dosage_describe, self._check(), _b(locale))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Dosage) and \
            bool(self._lib.brf_dosage_equal(self._check(), other._check()))

    __hash__ = None  # type: ignore[assignment]

    @property
    def empty(self) -> bool:
        return bool(self._lib.brf_dosage_is_empty(self._check()))

    def get(self, field: Union[DoseField, int]) -> Optional[Tuple[int, int]]:
        """(min, max) of a field (a BRF_DOSE_* code or name such as "reps"), or None."""
        code = _FIELDS.index(field) if isinstance(field, str) else field
        lo, hi = ctypes.c_int64(), ctypes.c_int64()
        status = self._lib.brf_dosage_get(self._check(), code, ctypes.byref(lo), ctypes.byref(hi))
        if status == BRF_E_NOT_FOUND:  # noqa: F405
            return None
        self._ctx.check(status)
        return (lo.value, hi.value)

    def set(self, field: Union[DoseField, int], lo: int, hi: Optional[int] = None) -> None:
        code = _FIELDS.index(field) if isinstance(field, str) else field
        self._ctx.check(self._lib.brf_dosage_set(self._check(), code, lo, lo if hi is None else hi))

    def unset(self, field: Union[DoseField, int]) -> None:
        code = _FIELDS.index(field) if isinstance(field, str) else field
        self._ctx.check(self._lib.brf_dosage_unset(self._check(), code))

    def fields(self) -> Dict[str, Tuple[int, int]]:
        """{name: (min, max)} of the fields that are set."""
        return {name: v for name in _FIELDS for v in [self.get(name)] if v is not None}

    def estimate(self, modality: Union[str, int, None] = None) -> Tuple[int, int]:
        """(min_ms, max_ms) one session takes (for a modality when given)."""
        lo, hi = ctypes.c_int64(), ctypes.c_int64()
        if modality is None:
            status = self._lib.brf_dosage_estimate_ms(self._check(), ctypes.byref(lo),
                                                       ctypes.byref(hi))
        else:
            status = self._lib.brf_dosage_estimate_for_modality_ms(
                self._check(), vocab_code("modality", modality), ctypes.byref(lo),
                ctypes.byref(hi))
        self._ctx.check(status)
        return (lo.value, hi.value)

    def check(self, modality: Union[str, int]) -> List["Advice"]:
        """Sourced advice about this dose for a modality: a list of Advice."""
        out = ctypes.c_void_p()
        self._ctx.check(self._lib.brf_dosage_check(self._ctx._check(), self._check(),
                                                   vocab_code("modality", modality),
                                                   ctypes.byref(out)))
        return _take_advice(self._ctx, out.value)


def _field_property(name: DoseField) -> "property":
    def getter(self: Dosage) -> Optional[Tuple[int, int]]:
        return self.get(name)
    return property(getter)


for _name in _FIELDS:
    setattr(Dosage, _name, _field_property(_name))
del _name


# --- routine ------------------------------------------------------------------

Step = collections.namedtuple(
    "Step", "index exercise_id name modality laterality phase dose note reason regions equipment")


def _phase_id(code: int) -> str:
    return cast(str, _s(load().brf_routine_phase_id(code)))


class Routine(_Owned):
    """An ordered list of exercises with their doses."""

    _free_name = "brf_routine_free"

    def __init__(self, ctx: Context, name: Optional[str] = None, ptr: Optional[int] = None) -> None:
        super().__init__(ctx, ptr or ctx.new(ctx._lib.brf_routine_new, ctx._check()))
        if name is not None:
            self.name = name

    def _dose(self, dose: Union[Dosage, str, None]) -> Optional[Dosage]:
        if dose is None or isinstance(dose, Dosage):
            return dose
        return Dosage.parse(self._ctx, dose)

    def clone(self) -> "Routine":
        return Routine(self._ctx, ptr=self._ctx.new(self._lib.brf_routine_clone,
                                                    self._ctx._check(), self._check()))

    @classmethod
    def from_json(cls, ctx: Context, text: Union[str, bytes], catalog: Catalog) -> "Routine":
        """Read a routine document; exercise ids are looked up in catalog."""
        _require(ctx._lib, "brf_routine_from_json", "the routine JSON reader")
        data = _b(text)
        return cls(ctx, ptr=ctx.new(ctx._lib.brf_routine_from_json, ctx._check(), data, len(data),
                                    catalog._check(), 0))

    def to_json(self, pretty: bool = False) -> str:
        _require(self._lib, "brf_routine_to_json", "the routine JSON writer")
        return self._ctx.take_string(self._lib.brf_routine_to_json, self._ctx._check(),
                                     self._check(), 1 if pretty else 0)

    def check(self, profile: Optional["Profile"] = None) -> List["Advice"]:
        """Sequencing, profile and dose advisories: a list of Advice (never changes the routine)."""
        _require(self._lib, "brf_routine_check", "the routine check")
        out = ctypes.c_void_p()
        self._ctx.check(self._lib.brf_routine_check(self._ctx._check(), self._check(),
                                                    profile._check() if profile else None,
                                                    ctypes.byref(out)))
        return _take_advice(self._ctx, out.value)

    @property
    def name(self) -> str:
        return cast(str, _s(self._lib.brf_routine_name(self._check())))

    @name.setter
    def name(self, value: str) -> None:
        self._ctx.check(self._lib.brf_routine_set_name(self._check(), _b(value)))

    @property
    def id(self) -> str:
        """The routine's stable id ("" when it has none), kept through renames, clones and
        adaptation, and recorded by the journal with each session."""
        return cast(str, _s(self._lib.brf_routine_id(self._check())))

    @id.setter
    def id(self, value: Optional[str]) -> None:
        """1 to 64 ASCII letters, digits, '-', '_' or '.'; None or "" removes it."""
        self._ctx.check(self._lib.brf_routine_set_id(self._check(), _b(value)))

    def make_id(self, seed: str) -> str:
        """Give the routine a new id made from seed (a clock reading with the process id, or
        random bytes) with its name and exercises; the same seed and routine give the same
        id. Call it once, when the routine is first kept. Returns the id."""
        self._ctx.check(self._lib.brf_routine_make_id(self._check(), _b(seed)))
        return self.id

    @property
    def goal(self) -> Optional[str]:
        """The planner goal the routine serves ("strengthen"...), or None."""
        code = int(_get(self._lib, self._lib.brf_routine_goal_get, ctypes.c_int32, self._check()))
        return None if code < 0 else enum_id("goal", code)

    @goal.setter
    def goal(self, value: Union[str, int, None]) -> None:
        code = -1 if value is None else enum_code("goal", value)
        self._ctx.check(self._lib.brf_routine_set_goal(self._check(), code))

    def append(self, exercise: Exercise, dose: Union[Dosage, str, None] = None) -> "Routine":
        """Add a step: an Exercise with a Dosage, dose text, or None for its default dose."""
        d = self._dose(dose)
        self._ctx.check(self._lib.brf_routine_append(self._check(), exercise._p(),
                                                     d._check() if d else None))
        return self

    def insert(self, index: int, exercise: Exercise, dose: Union[Dosage, str, None] = None) -> None:
        d = self._dose(dose)
        self._ctx.check(self._lib.brf_routine_insert(self._check(), index, exercise._p(),
                                                     d._check() if d else None))

    def move(self, src: int, dst: int) -> None:
        self._ctx.check(self._lib.brf_routine_move(self._check(), src, dst))

    def remove(self, index: int) -> None:
        self._ctx.check(self._lib.brf_routine_remove(self._check(), index))

    def __len__(self) -> int:
        return int(self._lib.brf_routine_step_count(self._check()))

    def step(self, i: int) -> "Step":
        """A snapshot of step i (copied: later changes to the routine do not show)."""
        lib, r = self._lib, self._check()
        if not 0 <= i < len(self):
            raise IndexError("routine step out of range")
        dose = lib.brf_routine_step_dose(r, i)
        return Step(i, _s(lib.brf_routine_step_exercise_id(r, i)),
                    _s(lib.brf_routine_step_name(r, i)),
                    vocab_id("modality", lib.brf_routine_step_modality(r, i)),
                    vocab_id("laterality", lib.brf_routine_step_laterality(r, i)),
                    _phase_id(lib.brf_routine_step_phase(r, i)),
                    self._ctx.take_string(lib.brf_dosage_to_string, self._ctx._check(), dose),
                    _s(lib.brf_routine_step_note(r, i)), _s(lib.brf_routine_step_reason(r, i)),
                    [vocab_id("region", lib.brf_routine_step_region_at(r, i, k))
                     for k in range(lib.brf_routine_step_region_count(r, i))],
                    [vocab_id("equipment", lib.brf_routine_step_equipment_at(r, i, k))
                     for k in range(lib.brf_routine_step_equipment_count(r, i))])

    def contraindications(self, i: int) -> List[Tuple[str, str, Optional[str]]]:
        """[(condition, action, note)] copied from step i's exercise."""
        lib, r = self._lib, self._check()
        return [(vocab_id("condition", lib.brf_routine_step_contraindication_condition(r, i, k)),
                 vocab_id("action", lib.brf_routine_step_contraindication_action(r, i, k)),
                 _so(lib.brf_routine_step_contraindication_note(r, i, k)))
                for k in range(lib.brf_routine_step_contraindication_count(r, i))]

    @property
    def steps(self) -> List["Step"]:
        return [self.step(i) for i in range(len(self))]

    def __iter__(self) -> Iterator["Step"]:
        return iter(self.steps)

    def estimate(self) -> Tuple[int, int]:
        """(min_ms, max_ms) the whole routine takes."""
        lo, hi = ctypes.c_int64(), ctypes.c_int64()
        self._ctx.check(self._lib.brf_routine_estimate_ms(self._check(), ctypes.byref(lo),
                                                          ctypes.byref(hi)))
        return (lo.value, hi.value)

    def set_dose(self, index: int, dose: Union[Dosage, str]) -> None:
        d = self._dose(dose)
        self._ctx.check(self._lib.brf_routine_step_set_dose(self._check(), index,
                                                            d._check() if d else None))

    def set_note(self, index: int, note: Optional[str]) -> None:
        self._ctx.check(self._lib.brf_routine_step_set_note(self._check(), index, _b(note)))

    def set_reason(self, index: int, reason: Optional[str]) -> None:
        self._ctx.check(self._lib.brf_routine_step_set_reason(self._check(), index, _b(reason)))

    def set_phase(self, index: int, phase: Union[str, int]) -> None:
        """Label step index with a phase: an id such as "stretch", or a BRF_PHASE_* code."""
        code = _parse_id("brf_routine_phase_parse", phase, "phase")
        self._ctx.check(self._lib.brf_routine_step_set_phase(self._check(), index, code))


# --- profile and screening ----------------------------------------------------

class Profile(_Owned):
    """What the person has and lives with: equipment, level, conditions, age, strain."""

    _free_name = "brf_profile_free"

    def __init__(self, ctx: Context, ptr: Optional[int] = None) -> None:
        super().__init__(ctx, ptr or ctx.new(ctx._lib.brf_profile_new, ctx._check()))

    def set_equipment(self, equipment: Union[str, int], available: bool = True) -> None:
        self._ctx.check(self._lib.brf_profile_set_equipment(
            self._check(), vocab_code("equipment", equipment), int(bool(available))))

    def has_equipment(self, equipment: Union[str, int]) -> bool:
        return bool(self._lib.brf_profile_has_equipment(self._check(),
                                                        vocab_code("equipment", equipment)))

    def set_condition(self, condition: Union[str, int], present: bool = True) -> None:
        self._ctx.check(self._lib.brf_profile_set_condition(
            self._check(), vocab_code("condition", condition), int(bool(present))))

    def has_condition(self, condition: Union[str, int]) -> bool:
        return bool(self._lib.brf_profile_has_condition(self._check(),
                                                        vocab_code("condition", condition)))

    @property
    def level(self) -> str:
        return vocab_id("level", _get(self._lib, self._lib.brf_profile_level_get, ctypes.c_int32,
                                      self._check()))

    @level.setter
    def level(self, value: Union[str, int]) -> None:
        self._ctx.check(self._lib.brf_profile_set_level(self._check(), vocab_code("level", value)))

    @property
    def age_years(self) -> int:
        return int(_get(self._lib, self._lib.brf_profile_age_years_get, ctypes.c_int32,
                        self._check()))

    @age_years.setter
    def age_years(self, years: int) -> None:
        self._ctx.check(self._lib.brf_profile_set_age_years(self._check(), years))

    def set_strain_hours_ago(self, hours: int) -> None:
        self._ctx.check(self._lib.brf_profile_set_strain_hours_ago(self._check(), hours))

    @property
    def strain_hours_ago(self) -> Optional[int]:
        """Hours since a recent strain, or None when none is set."""
        out = ctypes.c_int64()
        status = self._lib.brf_profile_strain_hours_ago(self._check(), ctypes.byref(out))
        if status == BRF_E_NOT_FOUND:  # noqa: F405
            return None
        self._ctx.check(status)
        return out.value

    def set_strain_onset(self, onset: Union[datetime.date, str, int],
                         today: Union[datetime.date, str, int]) -> None:
        """A strain by dates: its onset and today."""
        self._ctx.check(self._lib.brf_profile_set_strain_onset_day(self._check(), _day(onset),
                                                                   _day(today)))

    @property
    def strain_onset(self) -> Optional[Tuple[datetime.date, datetime.date]]:
        """(onset, today) when the strain was set by dates, else None."""
        onset, today = ctypes.c_int32(), ctypes.c_int32()
        status = self._lib.brf_profile_strain_onset_day(self._check(), ctypes.byref(onset),
                                                        ctypes.byref(today))
        if status == BRF_E_NOT_FOUND:  # noqa: F405
            return None
        self._ctx.check(status)
        return date_from_day(onset.value), date_from_day(today.value)

    def clear_equipment(self) -> None:
        self._ctx.check(self._lib.brf_profile_clear_equipment(self._check()))

    @property
    def direction(self) -> Direction:
        """The directional preference: "unknown" (the default), "none", "extension" or
        "flexion"; the planner adds a directional exercise only for the last two."""
        code = _get(self._lib, self._lib.brf_profile_direction_get, ctypes.c_int32, self._check())
        return cast(Direction, _s(self._lib.brf_direction_id(code)))

    @direction.setter
    def direction(self, value: Union[Direction, int]) -> None:
        code = value if isinstance(value, int) else _direction_code(value)
        self._ctx.check(self._lib.brf_profile_set_direction(self._check(), code))

    @property
    def thermal(self) -> Thermal:
        """Heat or cold, when a plan offers both: "any" (the default, the goal's
        own order), "heat" or "cold" (the other only when the preferred one is
        ruled out)."""
        code = _get(self._lib, self._lib.brf_profile_thermal_get, ctypes.c_int32, self._check())
        return cast(Thermal, _s(self._lib.brf_thermal_id(code)))

    @thermal.setter
    def thermal(self, value: Union[Thermal, int]) -> None:
        code = value if isinstance(value, int) else _thermal_code(value)
        self._ctx.check(self._lib.brf_profile_set_thermal(self._check(), code))

    def clone(self) -> "Profile":
        return Profile(self._ctx, self._ctx.new(self._lib.brf_profile_clone, self._ctx._check(),
                                                self._check()))


def _thermal_code(value: str) -> int:
    lib = load()
    for code in range(BRF_THERMAL_COUNT):  # noqa: F405
        if _s(lib.brf_thermal_id(code)) == value:
            return code
    raise NotFoundError("unknown thermal preference %r" % (value,), BRF_E_NOT_FOUND,  # noqa: F405
                        "BRF_E_NOT_FOUND")


def _direction_code(value: str) -> int:
    lib = load()
    for code in range(BRF_DIRECTION_COUNT):  # noqa: F405
        if _s(lib.brf_direction_id(code)) == value:
            return code
    raise NotFoundError("unknown direction %r" % (value,), BRF_E_NOT_FOUND,  # noqa: F405
                        "BRF_E_NOT_FOUND")


RedFlag = collections.namedtuple("RedFlag", "id label question urgency source")
YellowFlag = collections.namedtuple("YellowFlag", "id question source")
StopRule = collections.namedtuple("StopRule", "id text source")


def _urgency_name(code: int) -> Optional[str]:
    return None if code == BRF_URGENCY_NONE else _s(load().brf_urgency_name(code))  # noqa: F405


def red_flags() -> List["RedFlag"]:
    """Every red flag the screen asks about."""
    lib = load()
    return [RedFlag(_s(lib.brf_redflag_id(i)), _s(lib.brf_redflag_label(i)),
                    _s(lib.brf_redflag_question(i)), _urgency_name(lib.brf_redflag_urgency(i)),
                    _s(lib.brf_redflag_source(i))) for i in range(lib.brf_redflag_count())]


def yellow_flags() -> List["YellowFlag"]:
    """The psychosocial (yellow-flag) questions a Screen can ask; answered with
    Screen.answer() like red flags, they give Screen.psychosocial."""
    lib = load()
    return [YellowFlag(_s(lib.brf_yellowflag_id(i)), _s(lib.brf_yellowflag_question(i)),
                       _s(lib.brf_yellowflag_source(i))) for i in range(lib.brf_yellowflag_count())]


def psychosocial_advice(level: Union[Psychosocial, int]) -> str:
    """What to tell the person at a psychosocial level ("low", "medium", "high")."""
    code = enum_code("psychosocial", level)
    text = load().brf_psychosocial_advice(code)
    if text is None:
        raise RangeError("no psychosocial level %r" % (level,), BRF_E_RANGE,  # noqa: F405
                         "BRF_E_RANGE")
    return cast(str, _s(text))


def _psychosocial_name(code: int) -> Optional[Psychosocial]:
    return None if code == BRF_PSYCHOSOCIAL_NONE else cast(Psychosocial, enum_id("psychosocial", code))  # noqa: F405


def stop_rules() -> List["StopRule"]:
    lib = load()
    return [StopRule(_s(lib.brf_stoprule_id(i)), _s(lib.brf_stoprule_text(i)),
                     _s(lib.brf_stoprule_source(i))) for i in range(lib.brf_stoprule_count())]


def _stoprule_index(rule_id: str) -> int:
    lib = load()
    for i in range(lib.brf_stoprule_count()):
        if _s(lib.brf_stoprule_id(i)) == rule_id:
            return i
    raise NotFoundError("unknown stop rule %r" % (rule_id,), BRF_E_NOT_FOUND,  # noqa: F405
                        "BRF_E_NOT_FOUND")


def _screening_key(field: str, key: Union[str, int]) -> int:
    """The index or code brf_screening_text() takes for an id of the field's list."""
    if isinstance(key, int):
        return key
    if field in ("redflag_label", "redflag_question"):
        return Screen.flag_index(key)
    if field == "yellowflag_question":
        return Screen.yellow_flag_index(key)
    if field == "stoprule":
        return _stoprule_index(key)
    return enum_code("urgency" if field == "urgency_advice" else "psychosocial", key)


def screening_text(field: Union[ScreeningText, int], key: Union[str, int],
                   locale: str = "en") -> str:
    """One screening text in a language (brf_screening_text): a red flag's "redflag_label" or
    "redflag_question", a stop rule's "stoprule", a yellow flag's "yellowflag_question" (key: the
    id or the index in red_flags(), stop_rules(), yellow_flags()), the "urgency_advice" of an
    urgency ("emergency"...) or the "psychosocial_advice" of a level ("low"...), or their codes.

    locale is a BCP 47 tag found by the library's fallbacks: "de-AT" reads German; a language
    without texts ("sv") reads English, as does any text not yet translated. The urgency of a
    translation is the English text's. InvalidError for an unknown field, NotFoundError for an
    unknown id, RangeError for an index or code out of range."""
    if isinstance(field, int) and 0 <= field < len(_SCREENING_TEXTS):
        code = field
    elif field in _SCREENING_TEXTS:
        code = _SCREENING_TEXTS.index(cast(ScreeningText, field))
    else:
        raise InvalidError("unknown screening text %r (one of %s)"  # noqa: F405
                           % (field, ", ".join(_SCREENING_TEXTS)), BRF_E_INVALID, "BRF_E_INVALID")
    lib = load()
    name = _SCREENING_TEXTS[code]
    text = lib.brf_screening_text(code, _screening_key(name, key), _b(locale))
    if text is None:
        if locale is None:
            lib.raise_plain(BRF_E_INVALID, "screening_text: no locale")  # noqa: F405
        lib.raise_plain(BRF_E_RANGE, "no %s text %r" % (name, key))  # noqa: F405
    return cast(str, _s(text))


class Screen(_Owned):
    """The red-flag screen asked before any programme starts."""

    _free_name = "brf_screen_free"

    def __init__(self, ctx: Context, ptr: Optional[int] = None) -> None:
        super().__init__(ctx, ptr or ctx.new(ctx._lib.brf_screen_new, ctx._check()))

    def answer(self, flag_id: str, yes: bool = True) -> None:
        self._ctx.check(self._lib.brf_screen_answer(self._check(), _b(flag_id), int(bool(yes))))

    def answer_yes(self, ids: Union[str, Iterable[str]]) -> None:
        """Answer yes to every id (an iterable, or a comma-separated string), all or nothing."""
        text = ids if isinstance(ids, str) else ",".join(ids)
        self._ctx.check(self._lib.brf_screen_answer_list(self._check(), _b(text)))

    def set_age(self, years: int) -> None:
        self._ctx.check(self._lib.brf_screen_set_age(self._check(), years))

    def clear(self) -> None:
        self._lib.brf_screen_clear(self._check())

    def evaluate(self) -> None:
        """Return normally when the person may exercise; raise ReferError otherwise.

        Review flags do not raise: show `message` prominently when `outcome` is "review".
        """
        self._ctx.check(self._lib.brf_screen_evaluate(self._check()))

    @property
    def may_exercise(self) -> bool:
        return bool(self._lib.brf_screen_evaluate(self._check()) == BRF_OK)  # noqa: F405

    @property
    def outcome(self) -> Optional[str]:
        """The most urgent flag answered yes ("emergency", "urgent", "review") or None."""
        return _urgency_name(_get(self._lib, self._lib.brf_screen_outcome_get, ctypes.c_int32,
                                  self._check()))

    @property
    def positives(self) -> List[str]:
        s = self._check()
        return [_s(self._lib.brf_screen_positive_at(s, i))
                for i in range(self._lib.brf_screen_positive_count(s))]

    def set_age_limits(self, younger_than: int, older_than: int) -> None:
        """The ages outside which the age flags answer yes."""
        self._ctx.check(self._lib.brf_screen_set_age_limits(self._check(), younger_than,
                                                            older_than))

    def clone(self) -> "Screen":
        return Screen(self._ctx, self._ctx.new(self._lib.brf_screen_clone_v2, self._ctx._check(),
                                               self._check()))

    @staticmethod
    def flag_index(flag_id: str) -> int:
        """The index of a red flag in red_flags() (NotFoundError for an unknown id)."""
        lib, out = load(), ctypes.c_size_t()
        status = lib.brf_redflag_find(_b(flag_id), ctypes.byref(out))
        if status < 0:
            lib.raise_plain(status, "unknown red flag %r" % flag_id)
        return out.value

    @property
    def message(self) -> Optional[str]:
        return _so(_get(self._lib, self._lib.brf_screen_message_get, ctypes.c_char_p, self._check()))

    @staticmethod
    def yellow_flag_index(flag_id: str) -> int:
        """The index of a yellow flag in yellow_flags() (NotFoundError for an unknown id)."""
        lib, out = load(), ctypes.c_size_t()
        status = lib.brf_yellowflag_find(_b(flag_id), ctypes.byref(out))
        if status < 0:
            lib.raise_plain(status, "unknown yellow flag %r" % flag_id)
        return out.value

    @property
    def psychosocial(self) -> Optional[Psychosocial]:
        """The level of the yellow-flag answers ("low", "medium", "high"), None while no
        yellow question is answered."""
        return _psychosocial_name(_get(self._lib, self._lib.brf_screen_psychosocial_get,
                                       ctypes.c_int32, self._check()))

    def asks(self, flag: Union[str, int]) -> bool:
        """Whether a flag's question (an id of red_flags() or its index) still needs asking:
        False once answered yes, when the age set decides it, or after an emergency yes."""
        index = flag if isinstance(flag, int) else Screen.flag_index(flag)
        out = ctypes.c_int32()
        status = self._lib.brf_screen_asks(self._check(), index, ctypes.byref(out))
        if status < 0:
            self._lib.raise_plain(status, "red flag %r" % (flag,))
        return bool(out.value)

    def implies_condition(self, condition: Union[str, int]) -> bool:
        """Whether the answers imply a condition the planner respects ("pregnancy",
        "osteoporosis", "recent-surgery", "spinal-stenosis")."""
        code = vocab_code("condition", condition)
        out = ctypes.c_int32()
        status = self._lib.brf_screen_implies_condition(self._check(), code, ctypes.byref(out))
        if status < 0:
            self._lib.raise_plain(status, "condition %r" % (condition,))
        return bool(out.value)


class ScreenResult(_Owned):
    """A screen's answers saved with the day it was taken (immutable), read and written as
    a `backrelief-screen` document."""

    _free_name = "brf_screen_result_free"

    def __init__(self, screen: Screen, day: Union[datetime.date, str, int],
                 ptr: Optional[int] = None) -> None:
        ctx = screen._ctx
        super().__init__(ctx, ptr or ctx.new(ctx._lib.brf_screen_result_new, ctx._check(),
                                             screen._check(), _day(day)))

    @classmethod
    def from_json(cls, ctx: Context, text: Union[str, bytes]) -> "ScreenResult":
        data = _b(text)
        self = cls.__new__(cls)
        _Owned.__init__(self, ctx, ctx.new(ctx._lib.brf_screen_result_from_json, ctx._check(),
                                           data, len(data), 0))
        return self

    def to_json(self, pretty: bool = False) -> str:
        return self._ctx.take_string(self._lib.brf_screen_result_to_json, self._ctx._check(),
                                     self._check(), BRF_JSON_PRETTY if pretty else 0)  # noqa: F405

    @property
    def day(self) -> datetime.date:
        return date_from_day(int(self._lib.brf_screen_result_day(self._check())))

    @property
    def urgency(self) -> Optional[str]:
        """The most urgent flag answered yes ("emergency", "urgent", "review") or None; for
        a result read from JSON never less than the document says."""
        return _urgency_name(_get(self._lib, self._lib.brf_screen_result_urgency_get,
                                  ctypes.c_int32, self._check()))

    @property
    def psychosocial(self) -> Optional[Psychosocial]:
        return _psychosocial_name(_get(self._lib, self._lib.brf_screen_result_psychosocial_get,
                                       ctypes.c_int32, self._check()))

    def screen(self) -> Screen:
        """The answers as a new Screen (a copy the caller owns), for the Planner."""
        borrowed = _get(self._lib, self._lib.brf_screen_result_screen, ctypes.c_void_p,
                        self._check())
        return Screen(self._ctx, self._ctx.new(self._lib.brf_screen_clone_v2,
                                               self._ctx._check(), borrowed))


# --- planner ------------------------------------------------------------------

Omission = collections.namedtuple("Omission", "exercise_id cause reason")
_OMIT = ("time", "equipment", "condition", "level", "avoid", "policy")


class Planner(_Owned):
    """Plans a routine for a goal and a time budget (see docs/planner.md).

        with br.Planner(ctx, goal="long-sitting", minutes=10) as planner:
            routine = planner.run(catalog)
    """

    _free_name = "brf_planner_free"

    def __init__(self, ctx: Context, goal: Union[str, int, None] = None, minutes: Optional[int] = None, profile: Optional[Profile] = None, screen: Optional[Screen] = None, phase: Union[str, int, None] = None,
                 policy: Union[str, int, None] = None, focus: Iterable[Union[str, int]] = (), avoid: Iterable[Union[str, int]] = (), seed: Optional[int] = None) -> None:
        _require(ctx._lib, "brf_planner_new", "the planner")
        super().__init__(ctx, ctx.new(ctx._lib.brf_planner_new, ctx._check()))
        if goal is not None:
            self._set("brf_planner_set_goal", _parse_id("brf_goal_parse", goal, "goal"))
        if minutes is not None:
            self._set("brf_planner_set_minutes", minutes)
        if phase is not None:
            self._set("brf_planner_set_phase", _parse_id("brf_plan_phase_parse", phase, "plan phase"))
        if policy is not None:
            self._set("brf_planner_set_policy", _parse_id("brf_policy_parse", policy, "policy"))
        if seed is not None:
            self._set("brf_planner_set_seed", seed)
        if profile is not None:
            self._set("brf_planner_set_profile", profile._check())
        if screen is not None:
            self._set("brf_planner_set_screen", screen._check())
        for r in focus:
            self._ctx.check(self._lib.brf_planner_add_focus(self._check(), vocab_code("region", r)))
        for r in avoid:
            self._ctx.check(self._lib.brf_planner_add_avoid(self._check(), vocab_code("region", r)))

    def set(self, what: str, value: Any) -> None:
        """Set an option by name ("goal", "minutes", "phase", "policy", "seed", "name",
        "profile", "screen") to a raw value (codes, C pointers)."""
        self._set("brf_planner_set_" + what, value)

    def _set(self, fn: str, value: Any) -> None:
        self._ctx.check(getattr(self._lib, fn)(self._check(), value))

    def run(self, catalog: Catalog) -> Routine:
        """A new Routine within the budget; ReferError when the screen refuses."""
        return Routine(self._ctx, ptr=self._ctx.new(self._lib.brf_planner_run, self._check(),
                                                    catalog._check()))

    @property
    def omitted(self) -> List["Omission"]:
        """What the last run left out: [Omission(exercise_id, cause, reason)]."""
        lib, p = self._lib, self._check()
        return [Omission(_s(lib.brf_planner_omitted_exercise(p, i)),
                         _OMIT[lib.brf_planner_omitted_cause(p, i)]
                         if 0 <= lib.brf_planner_omitted_cause(p, i) < len(_OMIT) else None,
                         _s(lib.brf_planner_omitted_reason(p, i)))
                for i in range(lib.brf_planner_omitted_count(p))]

    def clear_focus(self) -> None:
        self._ctx.check(self._lib.brf_planner_clear_focus(self._check()))

    def clear_avoid(self) -> None:
        self._ctx.check(self._lib.brf_planner_clear_avoid(self._check()))

    def set_name(self, name: str) -> None:
        """The name the planned routine gets."""
        self._set("brf_planner_set_name", _b(name))

    @property
    def advice(self) -> List["Advice"]:
        """Advisories of the last run (borrowed from the planner, copied here)."""
        return _advice_list(self._lib, _get(self._lib, self._lib.brf_planner_advice_get,
                                             ctypes.c_void_p, self._check()))


# --- schedule -----------------------------------------------------------------

Session = collections.namedtuple("Session", "date minute item occurrence duration_ms title")


def _day(value: Union[datetime.date, str, int]) -> int:
    """A date as days since 1970-01-01: a datetime.date, an ISO string, or an int."""
    if isinstance(value, datetime.date):
        return day_from_date(value)
    if isinstance(value, str):
        return day_from_date(datetime.date.fromisoformat(value))
    return value


def _minute(value: Union[str, int]) -> int:
    """A time of day as minutes since midnight: "07:30" or an int."""
    if isinstance(value, str):
        hours, minutes = value.split(":")
        return int(hours) * 60 + int(minutes)
    return value


class Schedule(_Owned):
    """Sessions on dates: routines with a frequency, weekdays and times; iCalendar export.

        with br.Schedule(ctx, "2026-11-23", weeks=4) as plan:
            item = plan.add_routine(routine, "3x/week")
            plan.set_weekdays(item, "mon,wed,fri")
            plan.set_times(item, "07:30")
            plan.generate()
            ics = plan.to_ical()
    """

    _free_name = "brf_schedule_free"

    def __init__(self, ctx: Context, start: Union[datetime.date, str, int, None], weeks: int = 4, ptr: Optional[int] = None) -> None:
        _require(ctx._lib, "brf_schedule_new", "the schedule")
        super().__init__(ctx, ptr or ctx.new(ctx._lib.brf_schedule_new, ctx._check(),
                                             _day(start if start is not None else 0), weeks))

    def _call(self, name: str, *args: Any) -> None:
        self._ctx.check(getattr(self._lib, name)(self._check(), *args))

    def _frequency(self, frequency: Union[Dosage, str, None]) -> Optional[Dosage]:
        if frequency is None or isinstance(frequency, Dosage):
            return frequency
        return Dosage.parse(self._ctx, frequency)

    def add_routine(self, routine: Routine, frequency: Union[Dosage, str, None] = None) -> int:
        """Add a routine (copied) with a frequency ("3x/week", a Dosage or None); its index."""
        f = self._frequency(frequency)
        index = ctypes.c_size_t()
        self._call("brf_schedule_add_routine", routine._check(), f._check() if f else None,
                   ctypes.byref(index))
        return index.value

    def set_weekdays(self, item: int, days: Union[str, int]) -> None:
        """Which weekdays an item may fall on: "mon,wed,fri" or a bit mask."""
        mask = parse_weekdays(self._ctx, days) if isinstance(days, str) else days
        self._call("brf_schedule_item_set_weekdays", item, mask)

    def set_times(self, item: int, first: Union[str, int], last: Union[str, int, None] = None) -> None:
        """The time of the first (and last) session of a day: "07:30" or minutes."""
        first = _minute(first)
        self._call("brf_schedule_item_set_times", item, first, first if last is None else _minute(last))

    def add_exercise(self, exercise: Exercise, dose: Union[Dosage, str, None] = None,
                     frequency: Union[Dosage, str, None] = None) -> int:
        """Add one exercise with a dose (None: its default dose) and a frequency; its index."""
        d = self._frequency(dose)
        f = self._frequency(frequency)
        index = ctypes.c_size_t()
        self._call("brf_schedule_add_exercise", exercise._p(), d._check() if d else None,
                   f._check() if f else None, ctypes.byref(index))
        return index.value

    def add_programme(self, routine: Routine) -> int:
        """Add a routine (copied, 1 to 64 steps) as a programme: each step at the frequency of
        its own dose ("3x/week", "daily", "every 2h, for 2-3d"); its item index
        (docs/schedules.md, "Programmes")."""
        index = ctypes.c_size_t()
        self._call("brf_schedule_add_programme", routine._check(), ctypes.byref(index))
        return index.value

    def set_step_taper(self, item: int, step: int, daily_weeks: int, min_per_week: int,
                       max_per_week: int) -> None:
        """A programme step's taper: daily for daily_weeks, then max_per_week days a week, then
        min_per_week (daily_weeks 0 removes it)."""
        self._call("brf_schedule_step_set_taper", item, step, daily_weeks, min_per_week,
                   max_per_week)

    def set_step_trigger(self, item: int, step: int, days: Union[str, int]) -> None:
        """A programme step follows events: the day after each of these weekdays
        ("mon,thu": leg-workout days); 0 or "" removes the trigger."""
        mask = parse_weekdays(self._ctx, days) if isinstance(days, str) and days else days or 0
        self._call("brf_schedule_step_set_after_weekdays", item, step, mask)

    def session_steps(self, session: int) -> List[Tuple[int, str]]:
        """The steps of a generated session, in routine order: (index in the item's routine,
        exercise id). Every step for a routine or exercise item."""
        lib, s = self._lib, self._check()
        if not 0 <= session < lib.brf_schedule_session_count(s):
            raise IndexError("schedule session out of range")
        return [(int(lib.brf_schedule_session_step(s, session, k)),
                 cast(str, _s(lib.brf_schedule_session_exercise_id(s, session, k))))
                for k in range(lib.brf_schedule_session_step_count(s, session))]

    def routine_for_day(self, item: int, day: Union[datetime.date, str, int]) -> Routine:
        """Today's session of an item: the routine of its steps due that day (a new Routine
        the caller owns, ready for Timeline.from_routine). NotFoundError when nothing is due."""
        ctx = self._ctx
        return Routine(ctx, ptr=ctx.new(self._lib.brf_schedule_routine_for_day, ctx._check(),
                                        self._check(), item, _day(day)))

    def __len__(self) -> int:
        """The number of items (routines and exercises added)."""
        return int(self._lib.brf_schedule_item_count(self._check()))

    def item_kind(self, item: int) -> ItemKind:
        """"routine", "exercise" or "programme"."""
        self._item(item)
        return cast(ItemKind, enum_id("schedule_kind",
                                      self._lib.brf_schedule_item_kind(self._check(), item)))

    def item_routine(self, item: int) -> Routine:
        """A copy of an item's routine (the caller owns it)."""
        self._item(item)
        r = self._lib.brf_schedule_item_routine(self._check(), item)
        return Routine(self._ctx, ptr=self._ctx.new(self._lib.brf_routine_clone,
                                                    self._ctx._check(), r))

    def _item(self, item: int) -> None:
        if not 0 <= item < len(self):
            raise IndexError("schedule item out of range")

    def set_frequency(self, item: int, frequency: Union[Dosage, str, None]) -> None:
        """Replace an item's frequency: notation ("every other day"), a Dosage, or None (daily)."""
        if isinstance(frequency, str):
            data = _b(frequency)
            self._call("brf_schedule_item_set_frequency_text", item, data, len(data))
        else:
            self._call("brf_schedule_item_set_frequency", item,
                       frequency._check() if frequency else None)

    def set_spacing(self, item: int, spacing: Union[Spacing, int]) -> None:
        """"any" or "not-consecutive" (never two days in a row)."""
        code = spacing if isinstance(spacing, int) else \
            _from_id(self._lib.brf_spacing_from_id, spacing, "spacing")
        self._call("brf_schedule_item_set_spacing", item, code)

    def set_taper(self, item: int, daily_weeks: int, min_per_week: int,
                  max_per_week: int) -> None:
        """Daily for daily_weeks, then max_per_week days a week, then min_per_week
        (daily_weeks 0 removes the taper)."""
        self._call("brf_schedule_item_set_taper", item, daily_weeks, min_per_week, max_per_week)

    def set_window(self, item: int, onset: Union[datetime.date, str, int],
                   onset_minute: Union[str, int] = 0, length_ms: int = -1) -> None:
        """Only within length_ms after an onset (a strain); -1: the frequency's window or 48 h."""
        self._call("brf_schedule_item_set_window", item, _day(onset), _minute(onset_minute),
                   length_ms)

    def clear_window(self, item: int) -> None:
        self._call("brf_schedule_item_clear_window", item)

    def set_trigger(self, item: int, days: Union[str, int]) -> None:
        """Follow events: the item happens on the day after each of these weekdays
        ("mon,thu": leg-workout days); 0 or "" removes the trigger."""
        mask = parse_weekdays(self._ctx, days) if isinstance(days, str) and days else days or 0
        self._call("brf_schedule_item_set_after_weekdays", item, mask)

    def set_rest_weekdays(self, days: Union[str, int]) -> None:
        """Weekdays on which nothing is scheduled ("sun")."""
        mask = parse_weekdays(self._ctx, days) if isinstance(days, str) and days else days or 0
        self._call("brf_schedule_set_rest_weekdays", mask)

    def add_rest_day(self, day: Union[datetime.date, str, int]) -> None:
        """A date on which nothing is scheduled."""
        self._call("brf_schedule_add_rest_day", _day(day))

    def set_reminder(self, before_ms: int) -> None:
        """A reminder (VALARM) before each session; 0 removes it."""
        self._call("brf_schedule_set_reminder_ms", before_ms)

    @property
    def start(self) -> datetime.date:
        return date_from_day(_get(self._lib, self._lib.brf_schedule_start_day_get, ctypes.c_int32,
                                  self._check()))

    @property
    def weeks(self) -> int:
        return int(self._lib.brf_schedule_weeks(self._check()))

    @property
    def generated(self) -> bool:
        return bool(self._lib.brf_schedule_is_generated(self._check()))

    def format_ical(self, expand: bool = False) -> str:
        """The same text as to_ical(), written into a caller buffer."""
        flags = BRF_SCHEDULE_ICAL_EXPAND if expand else 0  # noqa: F405
        ctx = self._ctx
        cap = 4096
        while True:
            buf = ctypes.create_string_buffer(cap)
            needed = ctypes.c_size_t()
            status = self._lib.brf_schedule_ical_format(ctx._check(), self._check(), flags, buf,
                                                        cap, ctypes.byref(needed))
            if status == BRF_E_BUFFER_TOO_SMALL:  # noqa: F405
                cap = needed.value
                continue
            ctx.check(status)
            return buf.value.decode("utf-8")

    @property
    def time_zone(self) -> Optional[str]:
        return _so(_get(self._lib, self._lib.brf_schedule_time_zone_get, ctypes.c_char_p,
                        self._check()))

    @time_zone.setter
    def time_zone(self, tzid: str) -> None:
        self._call("brf_schedule_set_time_zone", _b(tzid))

    def generate(self) -> None:
        self._call("brf_schedule_generate")

    @property
    def sessions(self) -> List["Session"]:
        """The generated sessions, in time order."""
        lib, s = self._lib, self._check()
        return [Session(date_from_day(lib.brf_schedule_session_date(s, i)),
                        lib.brf_schedule_session_time(s, i),
                        lib.brf_schedule_session_item(s, i),
                        lib.brf_schedule_session_occurrence(s, i),
                        lib.brf_schedule_session_duration_ms(s, i),
                        _s(lib.brf_schedule_session_title(s, i)))
                for i in range(lib.brf_schedule_session_count(s))]

    def to_ical(self, expand: bool = False) -> str:
        """RFC 5545 text (an owned string, copied and freed)."""
        flags = BRF_SCHEDULE_ICAL_EXPAND if expand else 0  # noqa: F405
        return self._ctx.take_string(self._lib.brf_schedule_to_ical, self._ctx._check(),
                                     self._check(), flags)

    def to_json(self, pretty: bool = True) -> str:
        flags = BRF_JSON_PRETTY if pretty else 0  # noqa: F405
        return self._ctx.take_string(self._lib.brf_schedule_to_json_v2, self._ctx._check(),
                                     self._check(), flags)

    @classmethod
    def from_json(cls, ctx: Context, text: Union[str, bytes], catalog: Catalog) -> "Schedule":
        _require(ctx._lib, "brf_schedule_from_json", "the schedule JSON reader")
        data = _b(text)
        return cls(ctx, None, ptr=ctx.new(ctx._lib.brf_schedule_from_json_v2, ctx._check(), data,
                                          len(data), catalog._check(), 0))


# --- journal and adaptation ---------------------------------------------------

Entry = collections.namedtuple(
    "Entry", "day minutes routine session pain tightness effort note steps routine_id "
    "pain_during ratings", defaults=("", None, {}))
# A per-exercise rating: difficulty 1 (very easy) to 5 (too hard) and pain 0-10, None when unset.
Rating = collections.namedtuple("Rating", "difficulty pain")
Suggestion = collections.namedtuple("Suggestion", "outcome reasons routine frequency")
_WHEN = ("before", "after", "next_morning")
_STEP_STATUS = ("done", "cut-short", "skipped")


def _rating(value: int) -> Optional[int]:
    return None if value == BRF_JOURNAL_UNSET else value  # noqa: F405


def _suggestion(ctx: Context, sug: int) -> "Suggestion":
    """Copy a brf_adapt_suggestion into a Suggestion (the routine cloned; the caller frees sug)."""
    lib = ctx._lib
    r = _get(lib, lib.brf_adapt_suggestion_routine_get, ctypes.c_void_p, sug)
    f = _get(lib, lib.brf_adapt_suggestion_frequency_get, ctypes.c_char_p, sug)
    copy = Routine(ctx, ptr=ctx.new(lib.brf_routine_clone, ctx._check(), r)) if r else None
    return Suggestion(_s(lib.brf_adapt_outcome_id(lib.brf_adapt_suggestion_outcome(sug))),
                      _advice_list(lib, lib.brf_adapt_suggestion_reasons(sug)), copy,
                      _so(f))


class Journal(_Owned):
    """The progress journal: one entry per session with ratings; JSON Lines on disk."""

    _free_name = "brf_journal_free"

    def __init__(self, ctx: Context, ptr: Optional[int] = None) -> None:
        _require(ctx._lib, "brf_journal_new", "the journal")
        super().__init__(ctx, ptr or ctx.new(ctx._lib.brf_journal_new, ctx._check()))

    @classmethod
    def load(cls, ctx: Context, text: Union[str, bytes]) -> "Journal":
        """Read JSON Lines (a torn last line from a crash is tolerated; see torn_tail)."""
        _require(ctx._lib, "brf_journal_load", "the journal")
        data = _b(text)
        return cls(ctx, ctx.new(ctx._lib.brf_journal_load, ctx._check(), data, len(data)))

    def _call(self, name: str, *args: Any) -> None:
        self._ctx.check(getattr(self._lib, name)(self._check(), *args))

    def add(self, day: Union[datetime.date, str, int], routine: str = "", minutes: Union[str, int, None] = None, pain: Optional[Mapping[When, int]] = None, tightness: Optional[Mapping[When, int]] = None, effort: Optional[int] = None,
            note: Optional[str] = None, player: Optional["Player"] = None,
            routine_id: Optional[str] = None, pain_during: Optional[int] = None) -> int:
        """Record a session; day is a date, ISO text or days since 1970. Returns its index.

        pain and tightness are {"before": 0-10, "after": 0-10}; player fills the steps;
        routine_id is the routine's stable id (Routine.id); pain_during the worst pain during."""
        index = ctypes.c_size_t()
        unset = BRF_JOURNAL_UNSET  # noqa: F405
        self._call("brf_journal_add", _day(day), unset if minutes is None else _minute(minutes),
                   _b(routine), ctypes.byref(index))
        i = index.value
        for name, ratings in (("brf_journal_entry_set_pain", pain),
                              ("brf_journal_entry_set_tightness", tightness)):
            for when, value in (ratings or {}).items():
                self._call(name, i, _WHEN.index(when), value)
        if effort is not None:
            self._call("brf_journal_entry_set_effort", i, effort)
        if note is not None:
            self._call("brf_journal_entry_set_note", i, _b(note))
        if player is not None:
            self._call("brf_journal_entry_set_from_player", i, player._check())
        if routine_id:
            self.set_routine_id(i, routine_id)
        if pain_during is not None:
            self.set_pain_during(i, pain_during)
        return i

    def set_routine_id(self, index: int, routine_id: Optional[str]) -> None:
        """Record the stable id of the routine an entry was done with (None clears it)."""
        self._call("brf_journal_entry_set_routine_id", index, _b(routine_id))

    def routine_id(self, index: int) -> str:
        """The routine id of an entry ("" when not recorded)."""
        text = self._lib.brf_journal_entry_routine_id(self._check(), index)
        if text is None:
            raise IndexError("journal entry out of range")
        return cast(str, _s(text))

    def is_for(self, index: int, routine: Routine) -> bool:
        """Whether an entry is a session of a routine: by id when both have one, else by name."""
        return bool(self._lib.brf_journal_entry_is_for(self._check(), index, routine._check()))

    def set_pain_during(self, index: int, value: Optional[int]) -> None:
        """The worst pain during the session, 0-10 (None clears it)."""
        self._call("brf_journal_entry_set_pain_during", index,
                   BRF_JOURNAL_UNSET if value is None else value)  # noqa: F405

    def pain_during(self, index: int) -> Optional[int]:
        return _rating(_get(self._lib, self._lib.brf_journal_entry_pain_during_get,
                            ctypes.c_int32, self._check(), index))

    def rate_exercise(self, index: int, exercise_id: str, difficulty: Optional[int] = None,
                      pain: Optional[int] = None) -> None:
        """Rate one exercise of a session: difficulty 1-5 and pain during it 0-10 (None: not
        rated). Rating it again replaces the rating."""
        unset = BRF_JOURNAL_UNSET  # noqa: F405
        self._call("brf_journal_entry_rate_exercise", index, _b(exercise_id),
                   unset if difficulty is None else difficulty, unset if pain is None else pain)

    def ratings(self, index: int) -> Dict[str, "Rating"]:
        """An entry's per-exercise ratings by exercise id, in the order first rated."""
        lib, j = self._lib, self._check()
        out: Dict[str, Rating] = {}
        for k in range(lib.brf_journal_entry_rating_count(j, index)):
            diff, pain = ctypes.c_int32(), ctypes.c_int32()
            status = lib.brf_journal_entry_rating_get(j, index, k, ctypes.byref(diff),
                                                      ctypes.byref(pain))
            if status < 0:
                lib.raise_plain(status, "brf_journal_entry_rating_get")
            out[cast(str, _s(lib.brf_journal_entry_rating_exercise(j, index, k)))] = \
                Rating(_rating(diff.value), _rating(pain.value))
        return out

    def adherence_exercise(self, routine: Optional[Routine], exercise_id: str,
                           due_days: Iterable[Union[datetime.date, str, int]],
                           first_day: Union[datetime.date, str, int],
                           last_day: Union[datetime.date, str, int]) -> Tuple[int, int, Optional[int]]:
        """(sessions due, sessions done, percent or None) of one exercise between two dates:
        due_days has one element per session it is due (Schedule.session_steps); entries of
        routine (every entry when None) count it done by their steps. Week by ISO week."""
        days = [_day(d) for d in due_days]
        arr = (ctypes.c_int32 * max(1, len(days)))(*days)
        due, done, pct = ctypes.c_int64(), ctypes.c_int64(), ctypes.c_int32()
        self._ctx.check(self._lib.brf_journal_adherence_exercise(
            self._check(), None if routine is None else routine._check(), _b(exercise_id), arr, len(days),
            _day(first_day), _day(last_day), ctypes.byref(due), ctypes.byref(done),
            ctypes.byref(pct)))
        return due.value, done.value, _rating(pct.value)

    def set_next_morning(self, index: int, pain: int, tightness: int) -> None:
        self._call("brf_journal_entry_set_next_morning", index, pain, tightness)

    def add_step(self, index: int, exercise_id: str, status: StepStatus = "done") -> None:
        self._call("brf_journal_entry_add_step", index, _b(exercise_id), _STEP_STATUS.index(status))

    def __len__(self) -> int:
        return int(self._lib.brf_journal_count(self._check()))

    def entry(self, i: int) -> "Entry":
        lib, j = self._lib, self._check()
        if not 0 <= i < len(self):
            raise IndexError("journal entry out of range")
        return Entry(date_from_day(_get(lib, lib.brf_journal_entry_day_get, ctypes.c_int32, j, i)),
                     _rating(_get(lib, lib.brf_journal_entry_minutes_get, ctypes.c_int32, j, i)),
                     _s(lib.brf_journal_entry_routine(j, i)),
                     _s(lib.brf_journal_entry_session(j, i)),
                     {w: _rating(_get(lib, lib.brf_journal_entry_pain_get, ctypes.c_int32, j, i, k))
                      for k, w in enumerate(_WHEN)},
                     {w: _rating(_get(lib, lib.brf_journal_entry_tightness_get, ctypes.c_int32, j, i, k))
                      for k, w in enumerate(_WHEN)},
                     _rating(_get(lib, lib.brf_journal_entry_effort_get, ctypes.c_int32, j, i)),
                     _s(lib.brf_journal_entry_note(j, i)),
                     [(_s(lib.brf_journal_entry_step_exercise(j, i, k)),
                       _STEP_STATUS[lib.brf_journal_entry_step_status(j, i, k)])
                      for k in range(lib.brf_journal_entry_step_count(j, i))],
                     self.routine_id(i), self.pain_during(i), self.ratings(i))

    def __iter__(self) -> Iterator["Entry"]:
        return (self.entry(i) for i in range(len(self)))

    def to_jsonl(self) -> str:
        return self._ctx.take_string(self._lib.brf_journal_to_jsonl, self._ctx._check(),
                                     self._check())

    def to_line(self, i: int) -> str:
        """Entry i as one JSON Lines line (with its newline)."""
        return self._ctx.take_string(self._lib.brf_journal_entry_to_line, self._ctx._check(),
                                     self._check(), i)

    def set_session(self, index: int, session: str) -> None:
        """The schedule session an entry belongs to (its UID)."""
        self._call("brf_journal_entry_set_session", index, _b(session))

    def set_counts(self, index: int, done: int, cut_short: int = 0, skipped: int = 0) -> None:
        """Step counts without the steps themselves."""
        self._call("brf_journal_entry_set_counts", index, done, cut_short, skipped)

    def count_of(self, index: int, status: StepStatus) -> int:
        """How many steps of an entry have a status ("done", "cut-short", "skipped")."""
        return int(self._lib.brf_journal_entry_count_of(self._check(), index,
                                                        _STEP_STATUS.index(status)))

    @property
    def torn_tail(self) -> Optional[int]:
        """The byte offset of a torn last line that load() dropped, or None."""
        off = ctypes.c_size_t()
        return off.value if self._lib.brf_journal_torn_tail(self._check(), ctypes.byref(off)) \
            else None

    @property
    def tail_unterminated(self) -> bool:
        """The text load() read ended without a newline (append one before adding)."""
        return bool(self._lib.brf_journal_tail_unterminated(self._check()))

    def adherence_week(self, prescribed_days: Iterable[Union[datetime.date, str, int]],
                       day: Union[datetime.date, str, int]) -> Tuple[int, int, Optional[int]]:
        """(prescribed, done, percent or None) for the week of day."""
        days = [_day(d) for d in prescribed_days]
        arr = (ctypes.c_int32 * max(1, len(days)))(*days)
        pres, done, pct = ctypes.c_int64(), ctypes.c_int64(), ctypes.c_int32()
        self._ctx.check(self._lib.brf_journal_adherence_week(
            self._check(), arr, len(days), _day(day), ctypes.byref(pres), ctypes.byref(done),
            ctypes.byref(pct)))
        return pres.value, done.value, _rating(pct.value)

    def adherence(self, first_day: Union[datetime.date, str, int], last_day: Union[datetime.date, str, int], prescribed: int) -> Tuple[int, Optional[int]]:
        """(sessions done, percent of prescribed or None) between two dates."""
        done, percent = ctypes.c_int64(), ctypes.c_int32()
        self._call("brf_journal_adherence", _day(first_day), _day(last_day), prescribed,
                   ctypes.byref(done), ctypes.byref(percent))
        return done.value, _rating(percent.value)

    def suggest(self, routine: Routine, catalog: Catalog, profile: Optional[Profile] = None, screen: Optional[Screen] = None) -> "Suggestion":
        """The adaptation rules applied to this journal: a Suggestion whose routine is a
        new Routine (a copy the caller owns), or None when nothing changes."""
        _require(self._lib, "brf_adapt_suggest", "adaptation")
        ctx, lib = self._ctx, self._lib
        sug = ctx.new(lib.brf_adapt_suggest, ctx._check(), self._check(), routine._check(),
                      catalog._check(), profile._check() if profile else None,
                      screen._check() if screen else None)
        try:
            return _suggestion(ctx, sug)
        finally:
            lib.brf_adapt_suggestion_free(sug)

    def next(self, routine: Routine, today: Union[datetime.date, str, int],
             previous: Optional[Routine] = None, start: Optional[Routine] = None,
             catalog: Optional[Catalog] = None, profile: Optional[Profile] = None,
             screen: Optional[Screen] = None,
             last_change: Union[datetime.date, str, int, None] = None,
             budget_ms: int = 0) -> "Suggestion":
        """Adaptation v2 (docs/adaptation.md): the next single step for a routine from the
        person's own baseline, as of today. previous: the routine before the last applied
        change (a regress undoes it); start: the routine as first planned; last_change: the
        day the last suggestion was applied; budget_ms: the routine's time budget (0: none).
        The Suggestion's routine is a new Routine the caller owns, or None (no change)."""
        _require(self._lib, "brf_adapt_next", "adaptation v2")
        ctx, lib = self._ctx, self._lib
        sug = ctx.new(lib.brf_adapt_next, ctx._check(), self._check(), routine._check(),
                      None if previous is None else previous._check(),
                      None if start is None else start._check(),
                      catalog._check() if catalog else None,
                      profile._check() if profile else None,
                      screen._check() if screen else None, _day(today),
                      -1 if last_change is None else _day(last_change), budget_ms)
        try:
            return _suggestion(ctx, sug)
        finally:
            lib.brf_adapt_suggestion_free(sug)


# --- timeline and player ------------------------------------------------------

Segment = collections.namedtuple("Segment", "kind exercise set rep side start_ms duration_ms")
Cue = collections.namedtuple("Cue", "kind at_ms exercise_index text")
Record = collections.namedtuple("Record", "status planned_ms done_ms")
_SIDE = {BRF_SIDE_NONE: None, BRF_SIDE_LEFT: "left", BRF_SIDE_RIGHT: "right"}  # noqa: F405
_PLAYER_STATE = ("idle", "running", "paused", "finished", "stopped")


class Timeline(_Owned):
    """The segments of a session laid out in time (what a Player plays)."""

    _free_name = "brf_timeline_free"

    @classmethod
    def from_routine(cls, routine: Routine, longest: bool = False) -> "Timeline":
        ctx = routine._ctx
        which = BRF_TIMELINE_MAX if longest else BRF_TIMELINE_MIN  # noqa: F405
        return cls(ctx, ctx.new(ctx._lib.brf_timeline_new, ctx._check(), routine._check(), which))

    @classmethod
    def from_dose(cls, ctx: Context, exercise_id: str, name: str, modality: Union[str, int], dose: Union[Dosage, str], longest: bool = False) -> "Timeline":
        which = BRF_TIMELINE_MAX if longest else BRF_TIMELINE_MIN  # noqa: F405
        d = dose if isinstance(dose, Dosage) else Dosage.parse(ctx, dose)
        return cls(ctx, ctx.new(ctx._lib.brf_timeline_new_from_dose, ctx._check(),
                                _b(exercise_id), _b(name), vocab_code("modality", modality),
                                d._check(), which))

    @property
    def total_ms(self) -> int:
        return int(self._lib.brf_timeline_total_ms(self._check()))

    @property
    def segments(self) -> List["Segment"]:
        lib, t = self._lib, self._check()
        kind, ex, st, rep, side = (ctypes.c_int32(), ctypes.c_size_t(), ctypes.c_int32(),
                                   ctypes.c_int32(), ctypes.c_int32())
        start, dur = ctypes.c_int64(), ctypes.c_int64()
        out = []
        for i in range(lib.brf_timeline_segment_count(t)):
            self._ctx.check(lib.brf_timeline_segment_at(
                t, i, ctypes.byref(kind), ctypes.byref(ex), ctypes.byref(st), ctypes.byref(rep),
                ctypes.byref(side), ctypes.byref(start), ctypes.byref(dur)))
            out.append(Segment(_s(lib.brf_timeline_segment_kind_name(kind.value)), ex.value,
                               st.value, rep.value, _SIDE.get(side.value), start.value, dur.value))
        return out

    @property
    def steps(self) -> List[Tuple[Optional[str], Optional[str]]]:
        """[(exercise id, name)] in order."""
        lib, t = self._lib, self._check()
        return [(_s(lib.brf_timeline_step_id(t, i)), _s(lib.brf_timeline_step_name(t, i)))
                for i in range(lib.brf_timeline_step_count(t))]

    def step_span(self, i: int) -> Tuple[int, int]:
        """(start_ms, planned_ms) of step i."""
        start, planned = ctypes.c_int64(), ctypes.c_int64()
        self._ctx.check(self._lib.brf_timeline_step_span(self._check(), i, ctypes.byref(start),
                                                         ctypes.byref(planned)))
        return start.value, planned.value


class SimulatedClock:
    """A clock the host advances by hand: the library never reads the wall clock."""

    def __init__(self, start_ms: int = 0) -> None:
        self.now_ms = start_ms

    def tick(self, ms: int) -> int:
        self.now_ms += ms
        return ms


class Player(_Owned):
    """Plays a Timeline: advance(ms) moves it, cues() drains what it has to say."""

    _free_name = "brf_player_free"

    def __init__(self, timeline: Timeline) -> None:
        ctx = timeline._ctx
        # The player keeps the timeline alive in C; keep the wrapper too.
        self._timeline = timeline
        super().__init__(ctx, ctx.new(ctx._lib.brf_player_new_v2, ctx._check(),
                                      timeline._check()))

    def _call(self, name: str, *args: Any) -> None:
        self._ctx.check(getattr(self._lib, name)(self._check(), *args))

    def start(self) -> None:
        self._call("brf_player_start")

    def advance(self, elapsed_ms: int) -> None:
        self._call("brf_player_advance", elapsed_ms)

    def pause(self) -> None:
        self._call("brf_player_pause")

    def resume(self) -> None:
        self._call("brf_player_resume")

    def skip(self) -> None:
        self._call("brf_player_skip")

    def back(self) -> None:
        self._call("brf_player_back")

    def stop(self) -> None:
        self._call("brf_player_stop")

    @property
    def state(self) -> PlayerState:
        return cast(PlayerState, _PLAYER_STATE[self._lib.brf_player_state(self._check())])

    position_ms = property(lambda self: int(self._lib.brf_player_position_ms(self._check())))
    step_index = property(lambda self: int(_get(
        self._lib, self._lib.brf_player_step_index_get, ctypes.c_size_t, self._check())))
    session_remaining_ms = property(
        lambda self: int(self._lib.brf_player_session_remaining_ms(self._check())))

    def cues(self) -> List["Cue"]:
        """The queued cues, copied, then cleared from the player."""
        lib, p = self._lib, self._check()
        kind, at, ex = ctypes.c_int32(), ctypes.c_int64(), ctypes.c_size_t()
        out = []
        for i in range(lib.brf_player_cue_count(p)):
            self._ctx.check(lib.brf_player_cue_at(p, i, ctypes.byref(kind), ctypes.byref(at),
                                                  ctypes.byref(ex)))
            out.append(Cue(_s(lib.brf_player_cue_kind_name(kind.value)), at.value, ex.value,
                           _s(lib.brf_player_cue_text(p, i))))
        lib.brf_player_cues_clear(p)
        return out

    segment_index = property(lambda self: int(_get(
        self._lib, self._lib.brf_player_segment_index_get, ctypes.c_size_t, self._check())))
    segment_elapsed_ms = property(
        lambda self: int(self._lib.brf_player_segment_elapsed_ms(self._check())))
    segment_remaining_ms = property(
        lambda self: int(self._lib.brf_player_segment_remaining_ms(self._check())))
    session_elapsed_ms = property(
        lambda self: int(self._lib.brf_player_session_elapsed_ms(self._check())))
    cues_dropped = property(lambda self: int(self._lib.brf_player_cues_dropped(self._check())))

    @property
    def timeline(self) -> Timeline:
        """The Timeline being played (the same wrapper the Player was made from)."""
        assert self._lib.brf_player_timeline(self._check()) == self._timeline._check()
        return self._timeline

    @property
    def records(self) -> List["Record"]:
        lib, p = self._lib, self._check()
        st, planned, done = ctypes.c_int32(), ctypes.c_int64(), ctypes.c_int64()
        out = []
        for i in range(lib.brf_player_record_count(p)):
            self._ctx.check(lib.brf_player_record_at(p, i, ctypes.byref(st), ctypes.byref(planned),
                                                     ctypes.byref(done)))
            out.append(Record(_s(lib.brf_player_record_status_name(st.value)), planned.value,
                              done.value))
        return out

    def play(self, clock: Optional[SimulatedClock] = None, tick_ms: int = 1000) -> Iterator["Cue"]:
        """Start and run to the end on a simulated clock, yielding each Cue as it comes."""
        clock = clock or SimulatedClock()
        if self.state == "idle":
            self.start()
        yield from self.cues()
        while self.state in ("running", "paused"):
            self.advance(clock.tick(tick_ms))
            yield from self.cues()
