# Linux: FHS install under CMAKE_INSTALL_PREFIX and a lintian-clean .deb (packaging/README.md lists the
# remaining lintian warnings and why they stay). Qt, QtKeychain and SQLite come from the distribution.

set(PONTE_LINUX_DIR ${PONTE_PACKAGING_DIR}/linux)
set(PONTE_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})

install(TARGETS ponte ponte-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Full RELRO, as Debian builds its own packages (lintian: hardening-no-bindnow).
foreach(target ponte ponte-cli)
    target_link_options(${target} PRIVATE LINKER:-z,relro LINKER:-z,now)
endforeach()

install(FILES ${PONTE_LINUX_DIR}/ponte.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# AppStream wants absolute http(s) addresses for screenshots (appstreamcli: web-url-expected), so the
# committed pictures are referenced under the address where the release publishes docs/screenshots.
set(PONTE_SCREENSHOTS_URL "" CACHE STRING
    "Public address of docs/screenshots for the AppStream metainfo, such as \
https://raw.githubusercontent.com/OWNER/REPO/vVERSION/docs/screenshots (empty: no screenshots listed)")
set(PONTE_APPSTREAM_SCREENSHOTS "")
if(PONTE_SCREENSHOTS_URL)
    string(REGEX REPLACE "/+$" "" screenshotsUrl "${PONTE_SCREENSHOTS_URL}")
    # screen|English caption|Portuguese caption; the first is the default one.
    set(shots
        "overview|The overview after a sync|O painel depois de uma sincronização"
        "history|Every run and every record, with the reason|Cada sincronização e cada registro, com o motivo"
        "mapping-editor|Field mapping by drag and drop|Mapeamento de campos arrastando e soltando"
        "wizard-omie|The set-up assistant tests each key|O assistente de configuração testa cada chave"
        "quarantine|Refused records wait with the reason|Registros recusados esperam com o motivo")
    string(APPEND PONTE_APPSTREAM_SCREENSHOTS "  <screenshots>\n")
    set(type " type=\"default\"")
    foreach(shot IN LISTS shots)
        string(REPLACE "|" ";" parts "${shot}")
        list(GET parts 0 screen)
        list(GET parts 1 caption)
        list(GET parts 2 legenda)
        string(APPEND PONTE_APPSTREAM_SCREENSHOTS
               "    <screenshot${type}>\n"
               "      <caption>${caption}</caption>\n"
               "      <caption xml:lang=\"pt-BR\">${legenda}</caption>\n"
               "      <image type=\"source\" width=\"1920\" height=\"1080\">"
               "${screenshotsUrl}/${screen}-1920x1080.png</image>\n"
               "      <image type=\"thumbnail\" width=\"1024\" height=\"600\">"
               "${screenshotsUrl}/${screen}-1024x600.png</image>\n"
               "    </screenshot>\n")
        set(type "")
    endforeach()
    string(APPEND PONTE_APPSTREAM_SCREENSHOTS "  </screenshots>\n")
else()
    message(STATUS "PONTE_SCREENSHOTS_URL is empty: the AppStream metainfo lists no screenshots")
endif()
configure_file(${PONTE_LINUX_DIR}/${PONTE_APP_ID}.metainfo.xml.in
               ${CMAKE_CURRENT_BINARY_DIR}/packaging/${PONTE_APP_ID}.metainfo.xml @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/${PONTE_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
foreach(size 16 32 48 64 128 256 512)
    install(FILES ${PONTE_ICON_DIR}/ponte-${size}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ponte.png)
endforeach()
install(FILES ${PONTE_ICON_DIR}/ponte.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
# The application's own catalogues are compiled into the binaries (:/i18n/, see src/core/i18n.cpp); Qt's
# qtbase_pt_BR.qm is read from QLibraryInfo::TranslationsPath, which qt6-translations-l10n fills.

# Debian policy: man pages and the changelog gzipped with -9n (no timestamp, reproducible).
find_program(PONTE_GZIP gzip)
if(PONTE_GZIP)
    set(gzipped)
    foreach(source ponte.1 ponte-cli.1 changelog)
        set(output ${CMAKE_CURRENT_BINARY_DIR}/packaging/${source}.gz)
        add_custom_command(
            OUTPUT ${output}
            COMMAND sh -c "\"$1\" -9n -c \"$2\" > \"$3\"" sh ${PONTE_GZIP} ${PONTE_LINUX_DIR}/${source} ${output}
            DEPENDS ${PONTE_LINUX_DIR}/${source}
            VERBATIM)
        list(APPEND gzipped ${output})
    endforeach()
    add_custom_target(ponte_linux_docs ALL DEPENDS ${gzipped})
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/ponte.1.gz ${CMAKE_CURRENT_BINARY_DIR}/packaging/ponte-cli.1.gz
            DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${PONTE_DOC_DIR})
else()
    message(WARNING "gzip not found: man pages and changelog are left out of the install")
endif()
# The copyright file carries the MIT text of LICENSE (lintian flags a second licence file as extra).
install(FILES ${PONTE_LINUX_DIR}/copyright ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES DESTINATION ${PONTE_DOC_DIR})

# The changelog names the packaged version; a release that forgets it produces a package lintian rejects.
file(STRINGS ${PONTE_LINUX_DIR}/changelog changelogHead LIMIT_COUNT 1)
if(NOT changelogHead MATCHES "^ponte \\(${PROJECT_VERSION}\\) ")
    message(WARNING "packaging/linux/changelog does not start with version ${PROJECT_VERSION}: add an entry")
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver plugin and libsecret (dlopen'ed
# by QtKeychain). The TLS plugin and libssl3 come with libqt6network6, found by shlibdeps.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libsecret-1-0")
# Translations of Qt's own dialogs and messages (qtbase_pt_BR.qm); a keyring to hold the credentials.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
