# bindings.python.install: `pip install` the package offline into a fresh venv
# made by Debian's python3 (docs/bindings.md), from a copy of the source (pip
# builds in place and would leave build/ and *.egg-info in the source tree),
# then import it from outside the source tree.
#   cmake -DPYTHON=/usr/bin/python3 -DSOURCE=dir -DWORK=dir -P install_test.cmake
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
file(COPY ${SOURCE}/ DESTINATION ${WORK}/src
     PATTERN __pycache__ EXCLUDE PATTERN .mypy_cache EXCLUDE PATTERN build EXCLUDE
     PATTERN "*.egg-info" EXCLUDE)
function(run)
  execute_process(COMMAND ${ARGN} WORKING_DIRECTORY ${WORK} RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()
# --without-pip: the venv sees Debian's pip through --system-site-packages,
# and ensurepip would take most of the test's time.
run(${PYTHON} -m venv --system-site-packages --without-pip ${WORK}/venv)
run(${WORK}/venv/bin/python -m pip install --no-index --no-build-isolation
    --disable-pip-version-check --quiet ${WORK}/src)
file(REMOVE_RECURSE ${WORK}/src)
# The docs' example, run by bindings.python.example_session from here, so
# that it imports the installed package and not the source beside it.
configure_file(${SOURCE}/example_session.py ${WORK}/example_session.py COPYONLY)
file(WRITE ${WORK}/check.py
     "import backrelief\nprint(backrelief.__file__)\nprint(backrelief.load().version)\n")
run(${WORK}/venv/bin/python ${WORK}/check.py)
if(NOT out MATCHES "venv/lib/python[0-9.]+/site-packages/backrelief/__init__.py")
  message(FATAL_ERROR "backrelief was not imported from the venv:\n${out}")
endif()
message(STATUS "installed and loaded:\n${out}")
