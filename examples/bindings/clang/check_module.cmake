cmake_minimum_required(VERSION 3.20)
# Build examples/bindings/clang/use_module.c with Clang modules from
# include/backrelief/module.modulemap into a fresh module cache, check that
# Clang really built the BackRelief module (its remark), link and run it.
# Variables: CLANG SOURCE MODULEMAP INCLUDE_DIRS (;-list) LIB WORK DEFINES
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
set(incs "")
foreach(d IN LISTS INCLUDE_DIRS)
  list(APPEND incs "-I${d}")
endforeach()
get_filename_component(libdir ${LIB} DIRECTORY)
execute_process(
  COMMAND ${CLANG} -std=c99 -Wall -Werror -fmodules -fmodules-cache-path=${WORK}/cache
          -fmodule-map-file=${MODULEMAP} -Rmodule-build ${DEFINES} ${incs}
          ${SOURCE} ${LIB} -Wl,-rpath,${libdir} -o ${WORK}/use_module
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message("${out}${err}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "clang -fmodules failed")
endif()
if(NOT err MATCHES "building module 'BackRelief'")
  message(FATAL_ERROR "clang did not build the BackRelief module from ${MODULEMAP}")
endif()
execute_process(COMMAND ${WORK}/use_module RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "the program built with the module failed (${rc})")
endif()
