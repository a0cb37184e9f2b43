# CPACK_PRE_BUILD_SCRIPTS hook: signs ponte.app in CPack's staging tree, after the Qt runtime was
# deployed into it and before the .dmg is made. Does nothing when no signing identity is configured,
# so that unsigned CI builds still produce a (Gatekeeper-blocked) .dmg.
if(NOT DEFINED ENV{PONTE_MACOS_SIGN_IDENTITY} OR "$ENV{PONTE_MACOS_SIGN_IDENTITY}" STREQUAL "")
    message(STATUS "PONTE_MACOS_SIGN_IDENTITY not set: ponte.app stays unsigned")
    return()
endif()
file(GLOB_RECURSE bundles LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*ponte.app")
list(FILTER bundles INCLUDE REGEX "/ponte\\.app$")
if(NOT bundles)
    message(FATAL_ERROR "No ponte.app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
endif()
foreach(bundle IN LISTS bundles)
    execute_process(COMMAND "${CPACK_PONTE_MACOS_SIGN_SCRIPT}" sign "${bundle}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "Signing ${bundle} failed (${rc})")
    endif()
endforeach()
