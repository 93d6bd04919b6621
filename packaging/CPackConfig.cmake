# Packaging for Debian 12: `cpack -G DEB` in a build folder makes the .deb.
# Also installs the desktop entry, its icon and the AppStream metadata.
include(GNUInstallDirs)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/jp.crossma.setup.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/jp.crossma.setup.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/jp.crossma.setup.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

set(CPACK_PACKAGE_NAME crossma-setup)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "クロスマ")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Links a seller's Amazon, Yahoo!, Rakuten and au PAY stores to クロスマ")
set(CPACK_PACKAGE_CONTACT "crossma-setup maintainers <maintainers@crossma.invalid>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time
# (Qt's platform plugins, libsecret through QtKeychain, a Secret Service,
# Qt's own Japanese strings, CJK fonts) it cannot see, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libsecret-1-0, gnome-keyring | kwalletmanager, qt6-translations-l10n, fonts-noto-cjk | fonts-ipafont-gothic")
include(CPack)
