# Windows: resources (icon, VERSIONINFO) for both executables, the runtime beside them (Deploy.cmake and
# the MSVC runtime below), and an NSIS installer. Untested here: see packaging/README.md.

set(PONTE_WINDOWS_DIR ${PONTE_PACKAGING_DIR}/windows)
file(TO_CMAKE_PATH "${PONTE_ICON_DIR}/ponte.ico" PONTE_ICO)
file(TO_NATIVE_PATH "${PONTE_ICO}" PONTE_ICO_NATIVE)  # NSIS wants backslashes

# One .rc per executable, generated so that the version always matches project().
foreach(target ponte ponte-cli)
    set(PONTE_RC_NAME ${target})
    set(PONTE_RC_ICON ${PONTE_ICO})
    if(target STREQUAL "ponte")
        set(PONTE_RC_DESCRIPTION "Ponte - Omie ERP e Ploomes CRM")
    else()
        set(PONTE_RC_DESCRIPTION "Ponte - linha de comando")
    endif()
    configure_file(${PONTE_WINDOWS_DIR}/ponte.rc.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/${target}.rc @ONLY)
    target_sources(${target} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/packaging/${target}.rc)
endforeach()

install(TARGETS ponte ponte-cli RUNTIME DESTINATION bin)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES DESTINATION .)

# The MSVC runtime as app-local DLLs in bin (no vc_redist, no administrator rights needed for it).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_UCRT_LIBRARIES TRUE)
include(InstallRequiredSystemLibraries)

# NSIS installer (CPack needs makensis 3.03+).
set(CPACK_NSIS_PACKAGE_NAME "Ponte")
set(CPACK_NSIS_DISPLAY_NAME "Ponte")
set(CPACK_NSIS_MUI_ICON ${PONTE_ICO_NATIVE})
set(CPACK_NSIS_MUI_UNIICON ${PONTE_ICO_NATIVE})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\ponte.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_PACKAGE_EXECUTABLES "ponte;Ponte")  # Start-menu shortcut
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "ponte.exe")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_BRANDING_TEXT "Ponte ${PROJECT_VERSION}")
# Upgrades: the uninstall registry key must not contain the version (CPack's default "ponte 0.1.0"
# does), otherwise an older version is never found and both end up installed side by side.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Ponte")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# The uninstaller keeps the user's data folder (QStandardPaths::AppLocalDataLocation: database, settings,
# logs) unless asked; a silent uninstall (/S) keeps it. The credentials live in the Windows Credential
# Manager and are removed with "ponte-cli credentials clear", never by the uninstaller. CPack's NSIS
# script is not declared Unicode, so the question is worded in plain ASCII Portuguese.
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  SetShellVarContext current
  MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "Apagar a pasta de dados do Ponte (banco de dados, ajustes e registros de uso)?$\n$\n$LOCALAPPDATA\Ponte\Ponte" /SD IDNO IDNO ponte_keep_data
    RMDir /r "$LOCALAPPDATA\Ponte\Ponte"
    RMDir "$LOCALAPPDATA\Ponte"
  ponte_keep_data:
]=])
