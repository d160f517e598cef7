"""Shared by the tests: the library under test comes from BACKRELIEF_LIBRARY."""
import ctypes
import os
import sys
import unittest
from typing import Optional

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import backrelief as br  # noqa: E402

__all__ = ["br", "LIBRARY", "CountingContext", "CatalogCase"]

LIBRARY = os.environ.get("BACKRELIEF_LIBRARY") or ""
if not LIBRARY:
    raise unittest.SkipTest("BACKRELIEF_LIBRARY is not set (CTest sets it)")

_libc = ctypes.CDLL(None)
_libc.malloc.restype = ctypes.c_void_p
_libc.malloc.argtypes = [ctypes.c_size_t]
_libc.realloc.restype = ctypes.c_void_p
_libc.realloc.argtypes = [ctypes.c_void_p, ctypes.c_size_t]
_libc.free.argtypes = [ctypes.c_void_p]

ALLOC = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
REALLOC = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_size_t)
FREE = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p)


class Allocator(ctypes.Structure):
    _fields_ = [("alloc", ALLOC), ("realloc", REALLOC), ("free", FREE), ("user", ctypes.c_void_p)]


class CountingContext:
    """A Context whose allocator counts live blocks (to check that the wrappers free)."""

    def __init__(self) -> None:
        self.live = 0

        def alloc(_user: Optional[int], size: int) -> Optional[int]:
            p: Optional[int] = _libc.malloc(size)
            if p:
                self.live += 1
            return p

        def realloc(_user: Optional[int], ptr: Optional[int], size: int) -> Optional[int]:
            p: Optional[int] = _libc.realloc(ptr, size)
            if p and not ptr:
                self.live += 1
            return p

        def free(_user: Optional[int], ptr: Optional[int]) -> None:
            if ptr:
                self.live -= 1
                _libc.free(ptr)

        # keep the callbacks alive as long as the context
        self._fns = (ALLOC(alloc), REALLOC(realloc), FREE(free))
        self._spec = Allocator(*self._fns, None)
        lib = br.load()
        out = ctypes.c_void_p()
        status = lib.brf_context_new_with_allocator(ctypes.byref(self._spec), ctypes.byref(out))
        assert status == 0, status
        self.ctx = br.Context.adopt(lib, out.value or 0)


class CatalogCase(unittest.TestCase):
    """A test case with a context (self.ctx) and the built-in catalog (self.cat);
    skipped when the library was built without the built-in catalog."""

    def setUp(self) -> None:
        self.ctx = br.Context()
        try:
            self.cat = br.Catalog.builtin(self.ctx)
        except br.UnsupportedError:
            self.ctx.close()
            self.skipTest("library built without the built-in catalog")

    def tearDown(self) -> None:
        self.cat.close()
        self.ctx.close()
