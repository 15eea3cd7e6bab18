# SPDX-License-Identifier: GPL-3.0-or-later
# GUI tests drive the real windows offscreen. GuiTestSupport.h replays recorded results where
# the network cannot yet produce them.
set(GATECHECK_GUI_TEST_DIR ${CMAKE_CURRENT_LIST_DIR})

# Renders every page to PNGs (tests/gui/screenshots.sh runs it under Xvfb at two sizes).
qt_add_executable(gatecheck_screenshots ${CMAKE_CURRENT_LIST_DIR}/screenshot_driver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/GuiTestSupport.h)
target_link_libraries(gatecheck_screenshots PRIVATE gatecheck_gui)
target_include_directories(gatecheck_screenshots PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_compile_definitions(gatecheck_screenshots PRIVATE GATECHECK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
add_test(NAME gui_screenshots_render COMMAND gatecheck_screenshots ${CMAKE_CURRENT_BINARY_DIR}/screenshots 1024x700)
set_tests_properties(gui_screenshots_render PROPERTIES LABELS gui TIMEOUT 120
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8")

add_unit_test(NAME tst_guiwidgets GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_guiwidgets.cpp
  LIBS gatecheck_gui LABELS gui TIMEOUT 120)
target_include_directories(tst_guiwidgets PRIVATE ${CMAKE_CURRENT_LIST_DIR})

add_unit_test(NAME tst_mainwindow GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_mainwindow.cpp
  LIBS gatecheck_gui LABELS gui TIMEOUT 240)
target_include_directories(tst_mainwindow PRIVATE ${CMAKE_CURRENT_LIST_DIR})

add_unit_test(NAME tst_guiactions GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_guiactions.cpp
  LIBS gatecheck_gui LABELS gui TIMEOUT 180)
target_include_directories(tst_guiactions PRIVATE ${CMAKE_CURRENT_LIST_DIR})

add_unit_test(NAME tst_guitranslation GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_guitranslation.cpp
  LIBS gatecheck_gui LABELS gui TIMEOUT 60)
target_include_directories(tst_guitranslation PRIVATE ${CMAKE_CURRENT_LIST_DIR})

# The real binary: --version, and start, show the window, quit by itself.
add_test(NAME gatecheck_version COMMAND gatecheck --version)
set_tests_properties(gatecheck_version PROPERTIES LABELS gui TIMEOUT 30
  PASS_REGULAR_EXPRESSION "gatecheck ${PROJECT_VERSION}"
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/smoke-home/config;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/smoke-home/data")
add_test(NAME gatecheck_start_and_quit COMMAND gatecheck --quit-after 300)
set_tests_properties(gatecheck_start_and_quit PROPERTIES LABELS gui TIMEOUT 60
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;XDG_CONFIG_HOME=${CMAKE_CURRENT_BINARY_DIR}/smoke-home/config;XDG_DATA_HOME=${CMAKE_CURRENT_BINARY_DIR}/smoke-home/data")

# The real window against real servers from tests/rig (nginx, mitmproxy) on 127.0.0.1.
add_unit_test(NAME tst_guilive GUI SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_guilive.cpp
  LIBS gatecheck_gui gatecheck_rig LABELS gui integration TIMEOUT 400)
target_include_directories(tst_guilive PRIVATE ${CMAKE_CURRENT_LIST_DIR})

# The real window against a system resolver the test controls: run-in-netns.sh runs the
# binary inside a network namespace of its own whose resolv.conf says 127.0.0.53 (needs
# root; a skip without it, a failure in CI).
qt_add_executable(tst_guilive_dns ${CMAKE_CURRENT_LIST_DIR}/tst_guilive_dns.cpp)
target_link_libraries(tst_guilive_dns PRIVATE gatecheck_core Qt6::Test gatecheck_gui gatecheck_rig)
target_include_directories(tst_guilive_dns PRIVATE ${CMAKE_CURRENT_LIST_DIR})
target_compile_definitions(tst_guilive_dns PRIVATE
  GATECHECK_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
  GATECHECK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  GATECHECK_BINARY_DIR="${PROJECT_BINARY_DIR}")
add_test(NAME tst_guilive_dns COMMAND ${CMAKE_CURRENT_LIST_DIR}/run-in-netns.sh $<TARGET_FILE:tst_guilive_dns>)
set_tests_properties(tst_guilive_dns PROPERTIES LABELS "gui;integration;netns" TIMEOUT 300
  ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;QT_ASSUME_STDERR_HAS_CONSOLE=1")
