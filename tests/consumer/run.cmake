cmake_minimum_required(VERSION 3.20)
# Install the build into a fresh prefix, then build and run a consumer with
# find_package(backrelief CONFIG) and one with pkg-config against it.
set(prefix ${WORK_DIR}/prefix)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "failed (${rc}): ${ARGN}\n${out}\n${err}")
  endif()
  set(last_output "${out}" PARENT_SCOPE)
endfunction()

run(${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${prefix})
foreach(f include/backrelief.h include/backrelief/core.h include/backrelief/export.h
          include/backrelief/version.h lib/pkgconfig/libbackrelief.pc
          lib/cmake/backrelief/backrelief-config.cmake
          lib/cmake/backrelief/backrelief-config-version.cmake)
  if(NOT EXISTS ${prefix}/${f})
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

# 1. CMake package
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/cmake -B ${WORK_DIR}/cmake-build -G ${GENERATOR}
    -DCMAKE_C_COMPILER=${C_COMPILER} -DCMAKE_PREFIX_PATH=${prefix}
    -DCMAKE_BUILD_RPATH=${prefix}/lib)
run(${CMAKE_COMMAND} --build ${WORK_DIR}/cmake-build)
run(${WORK_DIR}/cmake-build/consumer)
message(STATUS "find_package: ${last_output}")

# 2. pkg-config
find_program(PKG_CONFIG NAMES pkgconf pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} ${prefix}/lib/pkgconfig)
set(ENV{PKG_CONFIG_LIBDIR} ${prefix}/lib/pkgconfig)
if(SHARED)
  run(${PKG_CONFIG} --cflags --libs libbackrelief)
else()
  run(${PKG_CONFIG} --static --cflags --libs libbackrelief)
  if(NOT last_output MATCHES "-DBRF_STATIC_DEFINE")
    message(FATAL_ERROR "static pkg-config flags lack -DBRF_STATIC_DEFINE: ${last_output}")
  endif()
endif()
string(STRIP "${last_output}" flags)
separate_arguments(flags UNIX_COMMAND "${flags}")
run(${PKG_CONFIG} --variable=libdir libbackrelief)
string(STRIP "${last_output}" libdir)
get_filename_component(libdir_real ${libdir} REALPATH)
get_filename_component(prefix_lib_real ${prefix}/lib REALPATH)
if(NOT libdir_real STREQUAL prefix_lib_real)
  message(FATAL_ERROR "pkg-config libdir ${libdir} is not inside the install prefix ${prefix}")
endif()
run(${C_COMPILER} ${SOURCE_DIR}/main.c -o ${WORK_DIR}/pc-consumer ${flags}
    -Wl,-rpath,${libdir_real})
run(${WORK_DIR}/pc-consumer)
message(STATUS "pkg-config: ${last_output}")
