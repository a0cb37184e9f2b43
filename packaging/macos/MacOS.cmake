# macOS: ponte.app with a stable bundle identity, ponte-cli inside it, the Qt runtime (Deploy.cmake) and a
# DragNDrop .dmg with an Applications link. Signing and notarisation: scripts/macos-sign-notarize.sh.
# Untested here: see packaging/README.md.

set(PONTE_MACOS_DIR ${PONTE_PACKAGING_DIR}/macos)
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(PONTE_MACOS_MINIMUM ${CMAKE_OSX_DEPLOYMENT_TARGET})
elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.8)
    set(PONTE_MACOS_MINIMUM 12.0)  # Qt 6.8 supports macOS 12 and later
else()
    set(PONTE_MACOS_MINIMUM 11.0)  # Qt 6.5 to 6.7
endif()
set(PONTE_MACOS_EXECUTABLE ponte)
configure_file(${PONTE_MACOS_DIR}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/packaging/Info.plist @ONLY)

set(PONTE_ICNS ${PONTE_ICON_DIR}/ponte.icns)
target_sources(ponte PRIVATE ${PONTE_ICNS})
set_source_files_properties(${PONTE_ICNS} TARGET_DIRECTORY ponte PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(ponte PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/packaging/Info.plist
    MACOSX_BUNDLE_GUI_IDENTIFIER ${PONTE_APP_ID}
    XCODE_ATTRIBUTE_PRODUCT_BUNDLE_IDENTIFIER ${PONTE_APP_ID})

install(TARGETS ponte BUNDLE DESTINATION .)
# ponte-cli beside the GUI executable, so that one signed bundle carries both and they share frameworks.
install(TARGETS ponte-cli RUNTIME DESTINATION ponte.app/Contents/MacOS)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES
        DESTINATION ponte.app/Contents/Resources)

set(CPACK_DMG_VOLUME_NAME "Ponte ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)  # the drag target users expect
set(CPACK_PACKAGE_ICON ${PONTE_ICNS})
# Sign the staged bundle before CPack puts it into the .dmg (no-op unless PONTE_MACOS_SIGN_IDENTITY is set).
set(CPACK_PRE_BUILD_SCRIPTS ${PONTE_MACOS_DIR}/sign-staged-bundle.cmake)
set(CPACK_PONTE_MACOS_SIGN_SCRIPT ${PROJECT_SOURCE_DIR}/scripts/macos-sign-notarize.sh)
