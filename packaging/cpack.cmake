# CPack: the Debian package `hookline` (scripts/package.sh builds and checks it;
# docs/PACKAGING.md explains each field). Included from the top-level CMakeLists.txt after
# add_subdirectory(packaging), so HOOKLINE_DEBIAN_REVISION is known.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hookline)
set(CPACK_PACKAGE_VENDOR "Hookline maintainers")
set(CPACK_PACKAGE_CONTACT "Hookline maintainers <maintainers@hookline.app>")
set(CPACK_PACKAGE_HOMEPAGE_URL https://hookline.app)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)

# Synopsis (first line of Description) and the long description.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "forward WhatsApp messages to outbound webhooks")
file(READ ${CMAKE_CURRENT_LIST_DIR}/description.txt CPACK_DEBIAN_PACKAGE_DESCRIPTION)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE ${HOOKLINE_DEBIAN_REVISION})
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps finds the libraries the binary links (Qt, QtKeychain, curl, libarchive...).
# It cannot see plugins Qt loads at run time: the SQL drivers (SQLite now, PostgreSQL
# planned) and the SVG icon engine. The xcb platform plugin ships in libqt6gui6 (found).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, libqt6svg6")
# Native Wayland windows (otherwise Xwayland); a keyring for the SMTP password (otherwise an
# owner-only file in the data directory); sqlite3 for online backups.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager, sqlite3")

include(CPack)
