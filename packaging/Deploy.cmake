# Windows and macOS: bundle the Qt runtime with Qt's own deployment tooling (windeployqt / macdeployqt,
# driven by qt_generate_deploy_app_script), then add what those tools do not copy, and refuse to finish an
# install that would start without TLS, SQLite or a platform plugin. Linux uses the distribution's Qt.

if(Qt6_VERSION VERSION_LESS 6.3)
    message(WARNING "Qt ${Qt6_VERSION} has no deployment API (6.3+): the package will lack the Qt runtime")
    return()
endif()

# Where the deployed runtime lives, relative to the install prefix (the package root).
if(APPLE)
    set(PONTE_DEPLOY_ROOT "ponte.app/Contents")
    set(PONTE_DEPLOY_PLUGINS "${PONTE_DEPLOY_ROOT}/PlugIns")
    set(PONTE_DEPLOY_LIBS "${PONTE_DEPLOY_ROOT}/Frameworks")
else()
    set(PONTE_DEPLOY_ROOT "bin")
    set(PONTE_DEPLOY_PLUGINS "plugins")  # windeployqt's qt.conf points here
    set(PONTE_DEPLOY_LIBS "bin")
endif()

# 1. Qt libraries, plugins and translations (qtbase_*.qm, read by src/core/i18n.cpp through qt.conf).
# The MSVC runtime comes from InstallRequiredSystemLibraries (Windows.cmake) as app-local DLLs, which
# works without administrator rights, rather than windeployqt's vc_redist installer.
if(WIN32)
    foreach(target ponte ponte-cli)
        if(Qt6_VERSION VERSION_LESS 6.5)
            # Qt 6.3/6.4 spell the output argument FILENAME_VARIABLE and have no NO_COMPILER_RUNTIME.
            qt_generate_deploy_app_script(TARGET ${target} FILENAME_VARIABLE deployScript)
        else()
            qt_generate_deploy_app_script(TARGET ${target} OUTPUT_SCRIPT deployScript NO_COMPILER_RUNTIME)
        endif()
        install(SCRIPT ${deployScript})
    endforeach()
else()
    # qt_generate_deploy_app_script deploys one executable per bundle; ponte-cli lives in the same bundle
    # and must use the same frameworks, so call the function it wraps (Qt 6.3+) with both. macdeployqt
    # receives ponte-cli as -executable=.
    set(deployScript ${CMAKE_CURRENT_BINARY_DIR}/packaging/deploy-ponte-app.cmake)
    file(GENERATE OUTPUT ${deployScript} CONTENT "include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE \"$<TARGET_FILE_NAME:ponte>.app\"
    ADDITIONAL_EXECUTABLES \"\${QT_DEPLOY_PREFIX}/ponte.app/Contents/MacOS/$<TARGET_FILE_NAME:ponte-cli>\"
    GENERATE_QT_CONF)
")
    install(SCRIPT ${deployScript})
endif()

# 2. What the deploy tools leave out. windeployqt copies Qt's own DLLs only: QtKeychain is a third-party
# library, so it goes beside the executables (macdeployqt copies every non-system dylib itself).
if(WIN32 AND TARGET qt6keychain)
    install(IMPORTED_RUNTIME_ARTIFACTS qt6keychain RUNTIME DESTINATION ${PONTE_DEPLOY_LIBS})
elseif(WIN32)
    message(WARNING "No imported target qt6keychain: QtKeychain's DLL must be added to the package by hand")
endif()
# Plugins loaded at run time, which the tools pick from the modules a binary links; listed explicitly so
# that a Qt build which splits them differently still ships them. Missing targets are simply absent in
# that Qt build (e.g. no Schannel on macOS).
set(PONTE_RUNTIME_PLUGINS
    tls:Qt6::QSchannelBackendPlugin tls:Qt6::QSecureTransportBackendPlugin tls:Qt6::QTlsBackendOpenSSLPlugin
    tls:Qt6::QTlsBackendCertOnlyPlugin sqldrivers:Qt6::QSQLiteDriverPlugin
    platforms:Qt6::QWindowsIntegrationPlugin platforms:Qt6::QCocoaIntegrationPlugin
    styles:Qt6::QWindowsVistaStylePlugin styles:Qt6::QModernWindowsStylePlugin styles:Qt6::QMacStylePlugin)
if(WIN32)
    foreach(entry IN LISTS PONTE_RUNTIME_PLUGINS)
        string(REGEX MATCH "^([a-z]+):(.+)$" entry "${entry}")  # type:target (targets contain "::")
        set(type ${CMAKE_MATCH_1})
        set(plugin ${CMAKE_MATCH_2})
        if(NOT TARGET ${plugin})
            # Some Qt builds (Debian's, for one) ship the plugin packages without loading them.
            string(REPLACE "Qt6::" "Qt6" package ${plugin})
            find_package(${package} CONFIG QUIET NO_DEFAULT_PATH
                         PATHS ${Qt6Network_DIR} ${Qt6Sql_DIR} ${Qt6Gui_DIR} ${Qt6Widgets_DIR})
        endif()
        if(TARGET ${plugin})
            install(FILES $<TARGET_FILE:${plugin}> DESTINATION ${PONTE_DEPLOY_PLUGINS}/${type})
        endif()
    endforeach()
endif()

# 3. Refuse a package that would start without a TLS backend, the SQLite driver or a platform plugin.
# On macOS these copies must come from macdeployqt (it rewrites their install names); this check is what
# tells us if a Qt release stops deploying one of them.
install(CODE "
    set(root \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}\")
    foreach(type tls sqldrivers platforms)
        file(GLOB found \"\${root}/${PONTE_DEPLOY_PLUGINS}/\${type}/*\")
        if(NOT found)
            message(FATAL_ERROR \"Deployment incomplete: no \${type} plugin under \${root}/${PONTE_DEPLOY_PLUGINS}\")
        endif()
    endforeach()
    file(GLOB keychain \"\${root}/${PONTE_DEPLOY_LIBS}/*qt6keychain*\")
    if(NOT keychain)
        message(FATAL_ERROR \"Deployment incomplete: QtKeychain is missing from \${root}/${PONTE_DEPLOY_LIBS}\")
    endif()
")
