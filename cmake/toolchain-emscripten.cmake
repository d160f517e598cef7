# WebAssembly build with Debian's emscripten (apt-get install --no-install-recommends
# emscripten node-acorn; 3.1.x): the library as a static archive plus, with
# BRF_BUILD_WEB=ON, the browser module of examples/web/wasm (an ES module and
# its .wasm exposing the Node binding's API, the built-in catalog inside).
#
#   NODE_PATH=/usr/share/nodejs cmake -S . -B build-web/wasm -G Ninja \
#       -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-emscripten.cmake -DBRF_BUILD_WEB=ON
#
# scripts/web.sh does this. emcc runs its JavaScript optimiser with the node on
# PATH, which must find Debian's acorn: hence NODE_PATH (set here for CMake's
# own compiler checks too, and by scripts/web.sh for the build).
if(NOT DEFINED ENV{NODE_PATH})
  set(ENV{NODE_PATH} /usr/share/nodejs)
endif()

find_program(BRF_EMCC emcc)
if(NOT BRF_EMCC)
  message(FATAL_ERROR "emcc not found: apt-get install --no-install-recommends emscripten node-acorn")
endif()
# Debian installs emcc as /usr/bin/emcc (a link into /usr/share/emscripten);
# the platform file sits beside the real one.
get_filename_component(BRF_EMCC_REAL "${BRF_EMCC}" REALPATH)
get_filename_component(BRF_EMSCRIPTEN_ROOT "${BRF_EMCC_REAL}" DIRECTORY)
if(NOT EXISTS "${BRF_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")
  set(BRF_EMSCRIPTEN_ROOT /usr/share/emscripten)
endif()
include("${BRF_EMSCRIPTEN_ROOT}/cmake/Modules/Platform/Emscripten.cmake")

# A browser has no shared libraries, no tests to run and no CLI to install.
set(BUILD_SHARED_LIBS OFF CACHE BOOL "WebAssembly: static library only")
set(BRF_BUILD_TESTS OFF CACHE BOOL "WebAssembly: no Criterion")
set(BRF_BUILD_EXAMPLES OFF CACHE BOOL "WebAssembly: no CLI")
set(CMAKE_BUILD_TYPE MinSizeRel CACHE STRING "WebAssembly: size first")
