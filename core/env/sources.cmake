# SPDX-License-Identifier: GPL-3.0-or-later
# This computer's side: proxies, VPNs, browser extensions, trust roots, DNS settings, and
# the OS DNS-cache flush. Parsers are portable; one platform backend per OS.
target_sources(gatecheck_core PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/BrowserProfiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/BrowserProfiles.h
  ${CMAKE_CURRENT_LIST_DIR}/CaptivePortalCheck.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CaptivePortalCheck.h
  ${CMAKE_CURRENT_LIST_DIR}/ChromiumProfiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ClockSkew.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ClockSkew.h
  ${CMAKE_CURRENT_LIST_DIR}/DesktopProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DesktopProxy.h
  ${CMAKE_CURRENT_LIST_DIR}/DnsFlush.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DnsFlush.h
  ${CMAKE_CURRENT_LIST_DIR}/DnsFlusher.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DnsFlusher.h
  ${CMAKE_CURRENT_LIST_DIR}/EnvironmentInspector.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EnvironmentInspector.h
  ${CMAKE_CURRENT_LIST_DIR}/EnvironmentReaders.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EnvironmentReaders.h
  ${CMAKE_CURRENT_LIST_DIR}/ExtensionCatalog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExtensionCatalog.h
  ${CMAKE_CURRENT_LIST_DIR}/FileRead.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FileRead.h
  ${CMAKE_CURRENT_LIST_DIR}/FirefoxPrefs.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FirefoxPrefs.h
  ${CMAKE_CURRENT_LIST_DIR}/FirefoxProfiles.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IniText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/IniText.h
  ${CMAKE_CURRENT_LIST_DIR}/InterfaceClassifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/InterfaceClassifier.h
  ${CMAKE_CURRENT_LIST_DIR}/LocalDnsServers.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LocalDnsServers.h
  ${CMAKE_CURRENT_LIST_DIR}/MacScutil.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MacScutil.h
  ${CMAKE_CURRENT_LIST_DIR}/MatchPattern.cpp
  ${CMAKE_CURRENT_LIST_DIR}/MatchPattern.h
  ${CMAKE_CURRENT_LIST_DIR}/PacEvaluator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PacEvaluator.h
  ${CMAKE_CURRENT_LIST_DIR}/PacHost.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PacHost.h
  ${CMAKE_CURRENT_LIST_DIR}/PacResolver.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PacResolver.h
  ${CMAKE_CURRENT_LIST_DIR}/PlatformCommon.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PlatformEnvironment.h
  ${CMAKE_CURRENT_LIST_DIR}/ProxyRules.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ProxyRules.h
  ${CMAKE_CURRENT_LIST_DIR}/ResolverConfig.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ResolverConfig.h
  ${CMAKE_CURRENT_LIST_DIR}/RouteLookup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RouteLookup.h
  ${CMAKE_CURRENT_LIST_DIR}/TrustStoreAudit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/TrustStoreAudit.h
  ${CMAKE_CURRENT_LIST_DIR}/WindowsIpconfig.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WindowsIpconfig.h
  ${CMAKE_CURRENT_LIST_DIR}/WindowsProxy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WindowsProxy.h)

# The platform backends: the OS's own APIs and tools, one file per OS.
if(WIN32)
  target_sources(gatecheck_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DnsFlush_win.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlatformEnvironment_win.cpp)
  target_link_libraries(gatecheck_core PRIVATE winhttp iphlpapi crypt32 ws2_32)
elseif(APPLE)
  target_sources(gatecheck_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DnsFlush_mac.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlatformEnvironment_mac.cpp)
  target_link_libraries(gatecheck_core PRIVATE "-framework CoreFoundation" "-framework Security")
else()
  find_package(Qt6 REQUIRED COMPONENTS DBus)
  target_sources(gatecheck_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DnsFlush_linux.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlatformEnvironment_linux.cpp)
  target_link_libraries(gatecheck_core PRIVATE Qt6::DBus)
endif()

# Data-driven tables and the PAC helper functions, compiled in.
qt_add_resources(gatecheck_core "gatecheck_env_resources"
  PREFIX "/gatecheck/env"
  BASE "${PROJECT_SOURCE_DIR}/resources/env"
  FILES
    ${PROJECT_SOURCE_DIR}/resources/env/extension-catalog.json
    ${PROJECT_SOURCE_DIR}/resources/env/pac-helpers.js
    ${PROJECT_SOURCE_DIR}/resources/env/vpn-products.json)
