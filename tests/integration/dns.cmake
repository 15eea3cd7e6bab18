# SPDX-License-Identifier: GPL-3.0-or-later
# DNS probes against real resolvers: dnsmasq, unbound (also as a DoH server), a silent port,
# a hostile server, and — for the system resolver — a network namespace of its own.
add_unit_test(NAME tst_caresresolverprobe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_caresresolverprobe.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CaresTestSupport.h LIBS gatecheck_rig LABELS integration TIMEOUT 300)
add_unit_test(NAME tst_caresresolverfailures SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_caresresolverfailures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CaresTestSupport.h LIBS gatecheck_rig LABELS integration TIMEOUT 300)
add_unit_test(NAME tst_dohprobe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_dohprobe.cpp
  LIBS gatecheck_rig LABELS integration TIMEOUT 300)

# The system resolver is tested inside network namespaces: this helper runs the probe there.
qt_add_executable(gatecheck_dns_system_helper ${CMAKE_CURRENT_LIST_DIR}/dns_system_helper.cpp)
target_link_libraries(gatecheck_dns_system_helper PRIVATE gatecheck_core)
add_unit_test(NAME tst_systemresolverprobe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_systemresolverprobe.cpp
  LIBS gatecheck_rig LABELS integration netns TIMEOUT 300)
add_dependencies(tst_systemresolverprobe gatecheck_dns_system_helper)
target_compile_definitions(tst_systemresolverprobe PRIVATE
  GATECHECK_DNS_SYSTEM_HELPER="$<TARGET_FILE:gatecheck_dns_system_helper>")
