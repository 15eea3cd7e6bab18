# SPDX-License-Identifier: GPL-3.0-or-later
# The live scenario matrix (docs/findings.md): one scenario per finding code, each in network
# namespaces of its own with real resolvers, nginx, squid, mitmproxy, nftables and faketime,
# asserting the verdict of the real `gatecheck-cli diagnose --json`. One executable per family
# so ctest can run them side by side.
foreach(family vendor dns network proxy)
  add_unit_test(NAME tst_scenarios_${family}
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_scenarios_${family}.cpp ${CMAKE_CURRENT_LIST_DIR}/ScenarioTest.h
    LIBS gatecheck_rig LABELS integration netns TIMEOUT 600)
  add_dependencies(tst_scenarios_${family} gatecheck-cli)
endforeach()
