# Compiler settings shared by every target of the project.
#
# AURA_WARNINGS_AS_ERRORS turns every warning into an error (the CI preset sets it).
# AURA_SANITIZE builds with AddressSanitizer and UndefinedBehaviorSanitizer; UBSan aborts on the first report.

option(AURA_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)
option(AURA_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
# AURA_FUZZ builds the fuzz targets (tests/fuzz) as libFuzzer executables: clang only, with coverage of every
# library they call and ASan/UBSan (the `fuzz` preset; scripts/fuzz.sh).
option(AURA_FUZZ "Build the fuzz targets with libFuzzer (clang)" OFF)

function(aura_target_defaults target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
        -Wconversion -Wnull-dereference
        -Wformat=2 -Wimplicit-fallthrough -Wmisleading-indentation)
    if(AURA_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(AURA_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

if(AURA_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "AURA_FUZZ needs clang (libFuzzer): configure with the fuzz preset")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()

find_program(AURA_CCACHE ccache)
if(AURA_CCACHE)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${AURA_CCACHE}" CACHE STRING "")
endif()
