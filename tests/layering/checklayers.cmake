# Run by the `layering` test: builds the probes of tests/layering in the build tree.
#   -DBUILD_DIR=… -DCONFIG=… -DSOURCE_DIR=… -DALLOWED=t1,t2 -DFORBIDDEN=target=header,…
string(REPLACE "," ";" allowed "${ALLOWED}")
string(REPLACE "," ";" forbidden "${FORBIDDEN}")
set(failures 0)

function(build_probe target out_result out_log)
    execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --config ${CONFIG} --target ${target}
        RESULT_VARIABLE result OUTPUT_VARIABLE log ERROR_VARIABLE log)
    set(${out_result} ${result} PARENT_SCOPE)
    set(${out_log} "${log}" PARENT_SCOPE)
endfunction()

foreach(target IN LISTS allowed)
    build_probe(${target} result log)
    if(result EQUAL 0)
        message(STATUS "PASS ${target}: compiles")
    else()
        message(SEND_ERROR "FAIL ${target}: an allowed include does not compile:\n${log}")
    endif()
endforeach()

foreach(probe IN LISTS forbidden)
    string(REPLACE "=" ";" fields "${probe}")
    list(GET fields 0 target)
    list(GET fields 1 header)
    build_probe(${target} result log)
    # GCC/Clang: "fatal error: omie/omieclient.h: No such file or directory" / "'…' file not found";
    # MSVC: "Cannot open include file: 'omie/omieclient.h'".
    string(FIND "${log}" "${header}" at)
    if(result EQUAL 0)
        message(SEND_ERROR "FAIL ${target}: ${header} is reachable from a layer that must not use it")
    elseif(at EQUAL -1 OR NOT log MATCHES "No such file|file not found|Cannot open include file")
        message(SEND_ERROR "FAIL ${target}: did not compile, but not because ${header} is unreachable:\n${log}")
    else()
        message(STATUS "PASS ${target}: ${header} is not found")
    endif()
endforeach()

# The one gap of include roots: a quoted include is looked up next to the including file first, so a
# file in src/core itself could reach "store/…" by its own directory. The root files are checked here.
file(GLOB root_files RELATIVE ${SOURCE_DIR}/src/core ${SOURCE_DIR}/src/core/*.h ${SOURCE_DIR}/src/core/*.cpp)
foreach(file IN LISTS root_files)
    if(file MATCHES "^(settings|profile)\\.")
        set(may "store") # ponte_settings
    else()
        set(may "")      # ponte_base, and i18n in the aggregate
    endif()
    file(STRINGS ${SOURCE_DIR}/src/core/${file} includes REGEX "^#include \"[a-z]+/")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^#include \"([a-z]+)/.*" "\\1" layer "${line}")
        if(NOT layer STREQUAL may)
            message(SEND_ERROR "FAIL src/core/${file}: ${line} crosses the layer rules")
        endif()
    endforeach()
endforeach()
