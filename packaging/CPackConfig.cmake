# Packaging. Linux: a Debian package (`./packaging/dev.sh package`, or
# `cpack -G DEB` in a build folder), checked with lintian. Windows: an NSIS
# installer with Qt deployed by windeployqt. macOS: a DMG with the app bundle
# deployed by macdeployqt. The version is the project's (CMakeLists.txt).
include(GNUInstallDirs)

set(CPACK_PACKAGE_NAME crossma-setup)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "クロスマ")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "link a seller's mall stores to the crossma service")
set(CPACK_PACKAGE_CONTACT "クロスマ <maintainers@crossma.jp>")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "crossma-setup")
set(CPACK_STRIP_FILES ON)
# Packaging needs only the program (dev.sh package builds it), not the tests.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
# Directories 0755 in every package format (CPack's default follows the umask).
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

if(UNIX AND NOT APPLE)
  set(_doc ${CMAKE_INSTALL_DATADIR}/doc/crossma-setup)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/jp.crossma.setup.desktop
          DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/jp.crossma.setup.metainfo.xml.in
                 ${PROJECT_BINARY_DIR}/packaging/jp.crossma.setup.metainfo.xml @ONLY)
  install(FILES ${PROJECT_BINARY_DIR}/packaging/jp.crossma.setup.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/jp.crossma.setup.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
  # The screenshots the GUI tests make (named in the AppStream file), when the
  # tests ran in this build folder before packaging (CI does).
  foreach(_shot overview-1366x768 amazon-page-connected-1366x768 aupay-page-top-1366x768)
    install(FILES ${PROJECT_BINARY_DIR}/screenshots/${_shot}.png OPTIONAL
            DESTINATION ${CMAKE_INSTALL_DATADIR}/crossma-setup/screenshots)
  endforeach()
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${_doc})

  # The changelog and the manual page, compressed as Debian wants them
  # (gzip -9n: no name or time stamp, so the package is reproducible).
  foreach(_in changelog.in crossma-setup.1.in)
    string(REGEX REPLACE "\\.in$" "" _out ${_in})
    configure_file(${CMAKE_CURRENT_LIST_DIR}/${_in} ${PROJECT_BINARY_DIR}/packaging/${_out} @ONLY)
    execute_process(COMMAND gzip -9nf ${PROJECT_BINARY_DIR}/packaging/${_out} RESULT_VARIABLE _gzip)
    if(NOT _gzip EQUAL 0)
      message(FATAL_ERROR "gzip failed for ${_out}")
    endif()
  endforeach()
  install(FILES ${PROJECT_BINARY_DIR}/packaging/changelog.gz DESTINATION ${_doc})
  install(FILES ${PROJECT_BINARY_DIR}/packaging/crossma-setup.1.gz
          DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# --- Debian -----------------------------------------------------------------
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://crossma.jp/")
# The extended description under the summary line: English, then Japanese
# (lines under 80 columns).
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[A step-by-step wizard for store owners selling at Amazon, Yahoo! Shopping,
Rakuten Ichiba and au PAY Market. It shows where each value is found in the
mall's admin pages, tests it with the mall before anything is saved, and keeps
the secrets in the desktop's keychain (Secret Service). The verify and status
commands do the same from a terminal.

Amazon・Yahoo!ショッピング・楽天市場・au PAY マーケットに出店している
店舗様向けの設定ウィザードです。各モールの管理画面のどこに値があるかを
案内し、保存の前にモールへ接続テストを行い、秘密の値はパスワード保管庫
（キーチェーン）に保管します。]=])
# Library dependencies come from dpkg-shlibdeps; what is loaded at run time
# (Qt's platform plugins, libsecret through QtKeychain, a Secret Service,
# Qt's own Japanese strings, CJK fonts, and libcrypto and libzip, which the
# programs load when first needed: connectors/core/cryptolibrary.h) it
# cannot see, so it is named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libssl3, libzip4, qt6-qpa-plugins, libsecret-1-0, gnome-keyring | kwalletmanager, qt6-translations-l10n, fonts-noto-cjk | fonts-ipafont-gothic")

# --- Windows: NSIS, Qt deployed next to the program -------------------------
if(WIN32)
  set_target_properties(crossma-setup PROPERTIES WIN32_EXECUTABLE ON)
  find_program(WINDEPLOYQT windeployqt HINTS ${Qt6_DIR}/../../../bin ${Qt6_DIR}/../../../tools/Qt6/bin)
  install(CODE "execute_process(COMMAND \"${WINDEPLOYQT}\" --release --no-compiler-runtime
                  --dir \"\${CMAKE_INSTALL_PREFIX}/bin\" \"\${CMAKE_INSTALL_PREFIX}/bin/crossma-setup.exe\"
                  COMMAND_ERROR_IS_FATAL ANY)")
  set(CPACK_GENERATOR NSIS)
  set(CPACK_NSIS_PACKAGE_NAME "クロスマ モール連携設定")
  set(CPACK_NSIS_DISPLAY_NAME "crossma-setup")
  set(CPACK_NSIS_INSTALLED_ICON_NAME bin/crossma-setup.exe)
  set(CPACK_NSIS_CREATE_ICONS_EXTRA
      "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\crossma-setup.lnk' '$INSTDIR\\\\bin\\\\crossma-setup.exe'")
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/copyright)
# --- macOS: a DMG with the bundle deployed by macdeployqt -------------------
elseif(APPLE)
  set_target_properties(crossma-setup PROPERTIES MACOSX_BUNDLE ON
                        MACOSX_BUNDLE_GUI_IDENTIFIER jp.crossma.setup
                        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION})
  find_program(MACDEPLOYQT macdeployqt HINTS ${Qt6_DIR}/../../../bin ${Qt6_DIR}/../../../tools/Qt6/bin)
  install(CODE "execute_process(COMMAND \"${MACDEPLOYQT}\" \"\${CMAKE_INSTALL_PREFIX}/crossma-setup.app\"
                  COMMAND_ERROR_IS_FATAL ANY)")
  set(CPACK_GENERATOR DragNDrop)
  set(CPACK_DMG_VOLUME_NAME "crossma-setup")
  set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/copyright)
else()
  set(CPACK_GENERATOR DEB)
endif()

include(CPack)
