import ctypes.util
import os
import subprocess
import sys
import unittest

from tests.support import LIBRARY, br


class LoadTest(unittest.TestCase):
    def test_loads_by_path_and_reports_versions(self) -> None:
        lib = br.load(LIBRARY)
        self.assertEqual(lib.abi_version, br.ABI_MAJOR)
        self.assertRegex(lib.version, r"^\d+\.\d+\.\d+$")
        self.assertEqual(lib.missing, [], "the library lacks functions the headers declare")

    def test_every_declared_function_has_argtypes_and_restype(self) -> None:
        lib = br.load(LIBRARY)
        for name, (restype, argtypes, _) in br._ffi.FUNCTIONS.items():
            fn = getattr(lib.dll, name)
            self.assertEqual(fn.restype, restype, name)
            self.assertEqual(list(fn.argtypes), list(argtypes), name)

    def test_refuses_an_unknown_abi_major(self) -> None:
        saved = br.ABI_MAJOR
        br.ABI_MAJOR = saved + 1
        try:
            with self.assertRaises(br.AbiMismatchError) as cm:
                br.Library(LIBRARY)
        finally:
            br.ABI_MAJOR = saved
        self.assertIn("has ABI %d" % saved, str(cm.exception))
        self.assertIn("supports ABI %d only" % (saved + 1), str(cm.exception))

    def test_a_missing_file_raises_library_load_error(self) -> None:
        with self.assertRaises(br.LibraryLoadError) as cm:
            br.Library("/nonexistent/libbackrelief.so.1")
        self.assertIn("/nonexistent/libbackrelief.so.1", str(cm.exception))

    def test_load_says_where_it_looked(self) -> None:
        with self.assertRaises(br.LibraryLoadError) as cm:
            br.load("/nonexistent/libbackrelief.so.1")
        self.assertIn("the path given to load()", cm.exception.message)
        # Without a path or BACKRELIEF_LIBRARY: the system loader, by name, and a hint.
        code = ("import backrelief as br\n"
                "try:\n    br.load()\nexcept br.LibraryLoadError as e:\n    print(e.message)\n")
        env = {k: v for k, v in os.environ.items()
               if k not in ("BACKRELIEF_LIBRARY", "LD_LIBRARY_PATH", "LD_PRELOAD")}
        env["PYTHONPATH"] = os.path.dirname(os.path.dirname(br.__file__))
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                             text=True, check=True).stdout
        if not out:
            self.skipTest("libbackrelief is installed where the system loader finds it")
        self.assertIn("the system loader", out)
        self.assertIn("libbackrelief.so.%d" % br.ABI_MAJOR, out)
        self.assertIn("BACKRELIEF_LIBRARY was not set", out)

    def test_another_library_is_not_taken_for_libbackrelief(self) -> None:
        libc = ctypes.util.find_library("c")
        if not libc:
            self.skipTest("no libc name to load")
        with self.assertRaisesRegex(br.LibraryLoadError, "not libbackrelief"):
            br.Library(libc)

    def test_constants_come_from_the_headers(self) -> None:
        self.assertEqual(br.BRF_OK, 0)
        self.assertEqual(br.BRF_E_PARSE, -3)
        self.assertEqual(br.BRF_WEEKDAYS_ALL, 0x7F)
        self.assertEqual(br.BRF_DATE_MIN, -719162)
        self.assertEqual(br._ffi.CONSTANTS["BRF_REGION_LOWER_BACK"], 0)


if __name__ == "__main__":
    unittest.main()
