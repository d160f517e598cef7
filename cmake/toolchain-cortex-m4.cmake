# Cross build for an Arm Cortex-M4 microcontroller (a wearable-class target)
# with the Debian packages gcc-arm-none-eabi and libnewlib-arm-none-eabi.
#
#   cmake -S . -B build-cortex-m -DCMAKE_TOOLCHAIN_FILE=cmake/toolchain-cortex-m4.cmake \
#         -DBRF_BUILD_TESTS=OFF -DBRF_BUILD_EXAMPLES=OFF
#
# scripts/cortex-m.sh does this and reports the sizes.
set(CMAKE_SYSTEM_NAME Generic)
set(CMAKE_SYSTEM_PROCESSOR arm)

set(CMAKE_C_COMPILER arm-none-eabi-gcc)
set(CMAKE_CXX_COMPILER arm-none-eabi-g++)
set(CMAKE_AR arm-none-eabi-ar CACHE FILEPATH "Archiver")
set(CMAKE_RANLIB arm-none-eabi-ranlib CACHE FILEPATH "Ranlib")
set(CMAKE_SIZE arm-none-eabi-size CACHE FILEPATH "Size")

# There is no operating system to run a test executable on, and linking one
# needs a C runtime choice (specs) that is the application's: CMake's compiler
# checks build a static library instead.
set(CMAKE_TRY_COMPILE_TARGET_TYPE STATIC_LIBRARY)

set(BRF_CORTEX_M4_FLAGS "-mcpu=cortex-m4 -mthumb -ffunction-sections -fdata-sections")
set(CMAKE_C_FLAGS_INIT "${BRF_CORTEX_M4_FLAGS}")
set(CMAKE_CXX_FLAGS_INIT "${BRF_CORTEX_M4_FLAGS}")
# Size matters more than speed on the target, whatever the build type.
set(CMAKE_C_FLAGS_RELEASE_INIT "-Os -DNDEBUG")
set(CMAKE_C_FLAGS_MINSIZEREL_INIT "-Os -DNDEBUG")
set(CMAKE_C_FLAGS_RELWITHDEBINFO_INIT "-Os -g -DNDEBUG")
set(CMAKE_C_FLAGS_DEBUG_INIT "-Og -g")
set(CMAKE_EXE_LINKER_FLAGS_INIT "--specs=nano.specs --specs=nosys.specs -Wl,--gc-sections")

# Find headers and libraries of the target only, programs of the host only.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
