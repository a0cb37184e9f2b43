# Install rules and CPack for every platform, kept out of src/ so that packaging changes never touch the
# code others work on. Included from the top-level CMakeLists.txt after add_subdirectory(src): the targets
# ponte and ponte-cli must exist. See packaging/README.md for what each platform ships and how to build it.

set(PONTE_APP_ID br.com.ponte.Ponte)  # reverse-DNS id: AppStream, macOS bundle; never change it after release
set(PONTE_COPYRIGHT "Copyright (c) 2026 The Ponte developers")
set(PONTE_ICON_DIR ${PROJECT_SOURCE_DIR}/resources/icons)
set(PONTE_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)

# Values reach CPackConfig.cmake exactly as written here (backslashes in NSIS paths, newlines).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME ponte)
set(CPACK_PACKAGE_VENDOR "Ponte")
set(CPACK_PACKAGE_CONTACT "Ponte developers <dev@ponte.invalid>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "bridge between the Omie ERP and the Ploomes CRM")
# Lines under 80 columns: Debian shows them as they are.
set(CPACK_PACKAGE_DESCRIPTION
    "Ponte keeps a small business's Omie ERP and Ploomes CRM in step: clients,
products, services, orders and sellers are copied in the direction you choose,
on a schedule that respects both services' request limits, with a history of
every run and a quarantine for the records that failed.

It contains a desktop application (ponte) and a command-line tool for scripts
and servers (ponte-cli). Both include simulators of the two services, so that
they can be tried without an account (--demo).")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Ponte")
# Release packages carry no debug information (lintian: unstripped-binary-or-object). CPack 3.25's
# -dbgsym .ddeb is not used: its md5sums list build-tree paths, which lintian rejects. The unstripped
# binaries stay in the build directory, matched to a crash by their GNU build-id (packaging/README.md).
set(CPACK_STRIP_FILES ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS ${CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS})

if(APPLE)
    include(${PONTE_PACKAGING_DIR}/macos/MacOS.cmake)
elseif(WIN32)
    include(${PONTE_PACKAGING_DIR}/windows/Windows.cmake)
else()
    include(${PONTE_PACKAGING_DIR}/linux/Linux.cmake)
endif()
if(WIN32 OR APPLE)
    include(${PONTE_PACKAGING_DIR}/Deploy.cmake)
endif()

if(NOT CPACK_GENERATOR)
    if(WIN32)
        set(CPACK_GENERATOR "NSIS;ZIP")
    elseif(APPLE)
        set(CPACK_GENERATOR "DragNDrop")
    else()
        set(CPACK_GENERATOR "TGZ;DEB")
    endif()
endif()
include(CPack)
