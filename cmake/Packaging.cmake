# `make package` (cpack -G DEB): two Debian packages from one build.
#   onewindow         the client: binary, .desktop file, icons (translations are built in)
#   onewindow-server  the server: binary, systemd units, /etc/onewindow/server.conf (conffile),
#                     /var/lib/onewindow, maintainer scripts that create the user `onewindow`,
#                     initialise the database when missing and enable the service
# scripts/check-packages.sh (CTest: packages:deb) checks what they hold.
include(GNUInstallDirs)

set(_deploy ${ONEWINDOW_SOURCE_DIR}/deploy)

# --- the client ---------------------------------------------------------------------------
install(TARGETS onewindow RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT client)
install(FILES ${_deploy}/desktop/onewindow.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT client)
install(FILES ${ONEWINDOW_SOURCE_DIR}/resources/icons/onewindow.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT client)
install(FILES ${ONEWINDOW_SOURCE_DIR}/resources/icons/onewindow-256.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/256x256/apps
        RENAME onewindow.png COMPONENT client)
install(FILES ${ONEWINDOW_SOURCE_DIR}/resources/icons/onewindow-48.png
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/48x48/apps
        RENAME onewindow.png COMPONENT client)
install(FILES ${ONEWINDOW_SOURCE_DIR}/docs/user-guide.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/onewindow COMPONENT client)

# --- the server ---------------------------------------------------------------------------
install(TARGETS onewindow-server RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT server)
install(FILES ${_deploy}/systemd/onewindow-server.service ${_deploy}/systemd/onewindow-server@.service
        DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${_deploy}/server.conf DESTINATION /etc/onewindow COMPONENT server)
install(DIRECTORY DESTINATION /var/lib/onewindow COMPONENT server)
install(FILES ${ONEWINDOW_SOURCE_DIR}/docs/deployment.md ${ONEWINDOW_SOURCE_DIR}/docs/server.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/onewindow-server COMPONENT server)
install(FILES ${_deploy}/nginx/onewindow.conf
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/onewindow-server/examples/nginx COMPONENT server)

# --- CPack --------------------------------------------------------------------------------
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME onewindow)
set(CPACK_PACKAGE_VENDOR "OneWindow")
set(CPACK_PACKAGE_CONTACT "OneWindow maintainers <onewindow@example.gov.cn>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
# Each package's own first description line is its summary: CPackDeb prepends the summary
# unless it is CPack's default one.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_COMPONENTS_ALL client server)
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://onewindow.example.gov.cn/")
# Library dependencies from the binaries (dpkg-shlibdeps); what is loaded as a plugin is named
# below.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_CLIENT_PACKAGE_NAME onewindow)
set(CPACK_DEBIAN_CLIENT_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_CLIENT_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, qt6-translations-l10n")
set(CPACK_DEBIAN_CLIENT_PACKAGE_RECOMMENDS "fonts-wqy-microhei | fonts-noto-cjk")
set(CPACK_COMPONENT_CLIENT_DISPLAY_NAME "OneWindow client")
set(CPACK_DEBIAN_CLIENT_DESCRIPTION
    "OneWindow (一窗通) counter client\nCounter software for government service halls (政务服务中心) and township\nconvenience-service points (便民服务中心): one window accepts every department's\napplications, the results are handed out at one window. Works offline from a local\nSQLite store and syncs with onewindow-server.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME onewindow-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql, adduser, init-system-helpers (>= 1.52)")
# PostgreSQL: pg_dump for `backup`; the database server itself may run on another machine.
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "postgresql-client")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx, sqlite3, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${_deploy}/debian/server/conffiles ${_deploy}/debian/server/postinst
    ${_deploy}/debian/server/prerm ${_deploy}/debian/server/postrm)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "OneWindow server")
set(CPACK_DEBIAN_SERVER_DESCRIPTION
    "OneWindow (一窗通) central sync server\nThe central server of OneWindow: the service catalogue, the working-day calendar,\nthe directory of places and users, and sync with the counter clients. Runs under\nsystemd as the user onewindow behind nginx (TLS); data in /var/lib/onewindow.")

include(CPack)
