# SPDX-License-Identifier: GPL-3.0-or-later
# This computer's side, live: gatecheck-cli environment / flush-dns inside namespaces the tests
# make (tun, veth, private mounts), with real servers (python http.server, dnsmasq, nginx) and
# a real headless Chromium writing a browser profile.
add_unit_test(NAME tst_env_live SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_env_live.cpp LIBS gatecheck_rig
              LABELS integration netns TIMEOUT 600)
add_dependencies(tst_env_live gatecheck-cli)
add_unit_test(NAME tst_env_servers SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_env_servers.cpp LIBS gatecheck_rig
              LABELS integration TIMEOUT 300)
add_dependencies(tst_env_servers gatecheck-cli)
